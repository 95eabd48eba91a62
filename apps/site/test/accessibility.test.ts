import { AxeBuilder } from "@axe-core/playwright";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage, screenshot, useBrowser, widgetSettled } from "./support/browser.ts";
import { openSearch, search } from "./support/search.ts";

const browser = useBrowser();

async function violations(page: Page) {
  const results = await new AxeBuilder({ page })
    // Pagefind UI names its search input only with a title attribute (label-title-only, an
    // axe best-practice rule, not a WCAG failure); it is Pagefind's markup, outside this code.
    .exclude(".pagefind-ui__search-input")
    .analyze();
  return results.violations.map(
    (v) => `${v.id} (${v.impact}): ${v.nodes.map((n) => n.target.join(" ")).join(", ")}`,
  );
}

const pages: [string, string][] = [
  ["home", "/"],
  ["article", "/authentication-failures/"],
  ["error page", "/errors/429/"],
  ["article with a result", "/rate-limiting/?triage=1.rate-limits.x.status-429.exhausted.600"],
];

describe("accessibility (axe-core) and layouts at 375 px and 1280 px", () => {
  test.each(pages)("%s has no axe violations, in light and dark mode", async (name, path) => {
    for (const scheme of ["light", "dark"] as const) {
      const { page, close } = await openPage(browser(), path);
      await page.emulateMedia({ colorScheme: scheme });
      await widgetSettled(page);
      expect(await violations(page)).toEqual([]);
      await close();
    }
  });

  test("widget states have no axe violations: hand-off, diagram with a path, result, number error", async () => {
    const { page, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    // A hand-off to another tree, with its diagram open and the path marked.
    await widget.locator("button.kb-answer[data-value=rate-limited]").click();
    await widget.locator(".kb-handoff").waitFor();
    await widget.locator("button.kb-answer[data-value=status-429]").click();
    await widget.locator("button.kb-answer[data-value=exhausted]").click();
    await widget.locator(".kb-diagram summary").click();
    await widget.locator(".kb-outline summary").click();
    // A refused number, with its message.
    await widget.getByLabel("Value in seconds").fill("-1");
    await widget.getByRole("button", { name: "Continue" }).click();
    await widget.locator(".kb-field-error").waitFor();
    expect(await violations(page)).toEqual([]);
    // A result, answered "No": what to check next, copy buttons and the issue link.
    await widget.getByLabel("Value in seconds").fill("600");
    await widget.getByRole("button", { name: "Continue" }).click();
    await widget.getByRole("button", { name: "No", exact: true }).click();
    await widget.getByRole("link", { name: /open an issue/ }).waitFor();
    expect(await violations(page)).toEqual([]);
    await close();
  });

  test("open search results have no axe violations", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    await search(page, "webhook");
    expect(await violations(page)).toEqual([]);
    await close();
  });

  test.each(pages)(
    "%s fits 375 px without horizontal scrolling; screenshots saved",
    async (name, path) => {
      for (const width of [375, 1280]) {
        const { page, close } = await openPage(browser(), path, { width });
        await widgetSettled(page);
        const overflow = await page.evaluate(
          () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
        );
        expect(overflow).toBeLessThanOrEqual(0);
        await screenshot(page, `${name.replace(/\W+/g, "-")}-${width}`);
        await close();
      }
    },
  );

  test("the question gets focus and is announced after an answer", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    await widget.locator("button.kb-answer[data-value=status-429]").click();
    await expect
      .poll(() => page.evaluate(() => document.activeElement?.textContent))
      .toBe("What does the response say about the limit itself?");
    expect(await widget.locator("[aria-live=polite]").textContent()).toBe(
      "Question 2: What does the response say about the limit itself?",
    );
    await close();
  });
});
