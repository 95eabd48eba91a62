import { describe, expect, test } from "vitest";
import { openPage, useBrowser } from "./support/browser.ts";

const browser = useBrowser();

// Three answers in: "429", "nothing more than the status", "a steady rate".
const path = "/rate-limiting/?triage=1.rate-limits.x.status-429.status-only.steady";

describe("the tree diagram", () => {
  test.each([375, 1280])(
    "is readable at %i px: labels wrapped, not cut, and the current step in view",
    async (width) => {
      const { page, errors, close } = await openPage(browser(), path, { width });
      const widget = page.locator("kb-triage");
      await page.locator("kb-triage[data-ready]").waitFor({ state: "attached" });
      await widget.locator(".kb-diagram summary").click();
      const diagram = widget.locator(".kb-diagram");
      // Labels are wrapped onto several lines rather than cut with "…".
      const labels = await diagram.locator(".kb-diagram__node text").allTextContents();
      expect(labels.length).toBeGreaterThan(10);
      expect(labels.filter((l) => l.includes("…")).length).toBeLessThanOrEqual(1);
      expect(await diagram.locator(".kb-diagram__node tspan + tspan").count()).toBeGreaterThan(5);
      // Drawn at its own size (12px text), inside a box that fits the page.
      const svg = diagram.locator("svg");
      const drawn = await svg.evaluate((el) => el.getBoundingClientRect().width);
      expect(drawn).toBe(Number(await svg.getAttribute("width")));
      const box = diagram.locator("[data-scroll]");
      const frame = await box.evaluate((el) => el.getBoundingClientRect());
      expect(frame.width).toBeLessThanOrEqual(width);
      // The reader's current step is scrolled into the box.
      const current = diagram.locator(".kb-diagram__node.is-current");
      await expect.poll(() => current.getAttribute("data-node")).toBe("question:shared-credential");
      const here = await current.evaluate((el) => el.getBoundingClientRect());
      expect(here.left).toBeGreaterThanOrEqual(frame.left - 1);
      expect(here.right).toBeLessThanOrEqual(frame.right + 1);
      expect(here.top).toBeGreaterThanOrEqual(frame.top - 1);
      expect(here.bottom).toBeLessThanOrEqual(frame.bottom + 1);
      // "Fit to width" shows the whole drawing in the box.
      await diagram.getByRole("button", { name: "Fit to width" }).click();
      expect(await svg.evaluate((el) => el.getBoundingClientRect().width)).toBeLessThanOrEqual(
        frame.width,
      );
      expect(
        await diagram.getByRole("button", { name: "Fit to width" }).getAttribute("aria-pressed"),
      ).toBe("true");
      expect(errors).toEqual([]);
      await close();
    },
  );

  test("marks the reader's path; an answered question's box goes back to it, by keyboard too", async () => {
    const { page, errors, close } = await openPage(browser(), path);
    const widget = page.locator("kb-triage");
    await page.locator("kb-triage[data-ready]").waitFor({ state: "attached" });
    await widget.locator(".kb-diagram summary").click();
    const diagram = widget.locator(".kb-diagram");
    await expect
      .poll(() =>
        diagram
          .locator(".kb-diagram__node.is-path")
          .evaluateAll((els) => els.map((e) => e.getAttribute("data-node"))),
      )
      .toEqual(["question:signal", "question:limit-report", "question:send-pattern"]);
    expect(await diagram.locator(".kb-diagram__edge.is-path").count()).toBe(3);
    expect(await diagram.locator("[aria-current=step]").getAttribute("data-node")).toBe(
      "question:shared-credential",
    );
    const box = diagram.locator('[data-node="question:limit-report"]');
    expect(await box.getAttribute("aria-label")).toContain("you answered");
    await box.focus();
    await page.keyboard.press("Enter");
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("What does the response say about the limit itself?");
    expect(new URL(page.url()).searchParams.get("triage")).toMatch(/\.status-429$/);
    await expect.poll(() => diagram.locator(".kb-diagram__node.is-path").count()).toBe(1);
    expect(errors).toEqual([]);
    await close();
  });
});
