import { describe, expect, test } from "vitest";
import { openPage, useBrowser } from "./support/browser.ts";

const browser = useBrowser();

/** Replaces the Clipboard API before the page loads: records, or refuses, what is written. */
const clipboard = (refuse: boolean) => `
  window.__copied = [];
  Object.defineProperty(navigator, "clipboard", { configurable: true, value: {
    writeText: (text) => ${refuse ? 'Promise.reject(new Error("denied"))' : "(window.__copied.push(text), Promise.resolve())"},
  } });`;

describe("results, answers and the widget's own navigation", () => {
  test("commands in a result have a copy button that copies them, or says how when it cannot", async () => {
    for (const refuse of [false, true]) {
      const { page, errors, close } = await openPage(browser(), "/");
      await page.addInitScript(clipboard(refuse));
      await page.goto(
        new URL(
          "/authentication-failures/?triage=1.authentication.x.401.none.yes.yes.300",
          page.url(),
        ).href,
      );
      const widget = page.locator("kb-triage");
      const button = widget.getByRole("button", { name: "Copy command: chronyc tracking" });
      await button.click();
      const status = button.locator("xpath=following-sibling::*[@role='status']");
      if (!refuse) {
        await expect.poll(() => status.textContent()).toBe("Copied");
        expect(
          await page.evaluate(() => (window as unknown as { __copied: string[] }).__copied),
        ).toEqual(["chronyc tracking"]);
      } else {
        await expect.poll(() => status.textContent()).toContain("the command is selected");
        expect(await page.evaluate(() => getSelection()?.toString())).toBe("chronyc tracking");
      }
      expect(errors).toEqual([]);
      await close();
    }
  });

  test("“Did this solve it?”: yes thanks the reader; no shows what to check next and the issue link", async () => {
    const { page, close } = await openPage(
      browser(),
      "/rate-limiting/?triage=1.rate-limits.x.status-429.exhausted.600",
    );
    const widget = page.locator("kb-triage");
    const issue = widget.getByRole("link", { name: /open an issue/ });
    const next = widget.getByRole("heading", { name: "Still failing? Check these next" });
    await widget.getByRole("button", { name: "Yes", exact: true }).click();
    await expect.poll(() => widget.locator(".kb-solved__thanks").isVisible()).toBe(true);
    expect(await issue.isVisible()).toBe(false);
    await widget.getByRole("button", { name: "No", exact: true }).click();
    await expect.poll(() => issue.isVisible()).toBe(true);
    expect(await next.isVisible()).toBe(true);
    expect(await widget.locator(".kb-solved__thanks").isVisible()).toBe(false);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Still failing? Check these next",
    );
    await close();
  });

  test("“I don't know” leads on where the tree allows it, or shows what is still possible", async () => {
    const { page, errors, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    const question = widget.locator(".kb-question h3");
    await widget.locator("button.kb-answer[data-value=status-429]").click();
    await widget.getByRole("button", { name: "I can't see the headers or the message" }).click();
    await expect.poll(() => question.textContent()).toBe("How are the failing requests sent?");
    expect(new URL(page.url()).searchParams.get("triage")).toMatch(/\.status-429\.unsure$/);
    expect(await widget.locator(".kb-trail").textContent()).toContain(
      "I can't see the headers or the message",
    );
    await widget.getByRole("button", { name: /A steady, modest rate/ }).click();
    await expect.poll(() => question.textContent()).toContain("use the same API key");
    await widget.getByRole("button", { name: "I don't know" }).click();
    const possible = widget.locator(".kb-candidates");
    expect(await possible.getAttribute("open")).not.toBeNull();
    expect(await possible.locator("li").allTextContents()).toEqual([
      "Another client uses up the same quota",
      "This endpoint has a lower limit than the API as a whole",
    ]);
    expect(await page.evaluate(() => document.activeElement?.textContent)).toBe(
      "Still possible: 2 causes",
    );
    expect(errors).toEqual([]);
    await close();
  });

  test("questions show their place and about how many are left", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    await widget.locator("button.kb-answer[data-value=status-429]").click();
    await expect
      .poll(() => widget.locator(".kb-question .kb-step").textContent())
      .toMatch(/^Question 2 of about [2-9]$/);
    await close();
  });

  test("a negative number is refused with a message; the question stays", async () => {
    const { page, errors, close } = await openPage(
      browser(),
      "/rate-limiting/?triage=1.rate-limits.x.status-429.exhausted",
    );
    const widget = page.locator("kb-triage");
    const field = widget.getByLabel("Value in seconds");
    await field.fill("-30");
    await widget.getByRole("button", { name: "Continue" }).click();
    const message = widget.locator(".kb-field-error");
    await expect.poll(() => message.textContent()).toContain("cannot be negative");
    expect(await message.isVisible()).toBe(true);
    expect(await field.getAttribute("aria-invalid")).toBe("true");
    expect(await widget.locator(".kb-question h3").textContent()).toBe(
      "How many seconds until the quota resets?",
    );
    expect(new URL(page.url()).searchParams.get("triage")).toMatch(/\.exhausted$/);
    await field.fill("30");
    await widget.getByRole("button", { name: "Continue" }).click();
    await expect
      .poll(() => widget.locator(".kb-result h3").textContent())
      .toBe("You used up a per-minute or per-hour quota");
    expect(errors).toEqual([]);
    await close();
  });

  test("the widget's Back goes back without adding a browser history entry", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    await widget.locator("button.kb-answer[data-value=status-429]").click();
    await widget.getByRole("button", { name: /Nothing more than the status/ }).click();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("How are the failing requests sent?");
    const entries = await page.evaluate(() => history.length);
    await widget.getByRole("button", { name: "← Back" }).click();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("What does the response say about the limit itself?");
    expect(await page.evaluate(() => history.length)).toBe(entries);
    expect(new URL(page.url()).searchParams.get("triage")).toMatch(/\.status-429$/);
    await close();
  });
});
