import { describe, expect, test } from "vitest";
import { openPage, useBrowser } from "./support/browser.ts";

const browser = useBrowser();

describe("without JavaScript", () => {
  test("an article still shows its whole tree as readable, linked content", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/", { javaScript: false });
    const outline = page.locator("kb-triage [data-outline]");
    // The built first question cannot be answered without scripts, so it is not shown; a note
    // points to the outline, which opens like any disclosure.
    expect(await page.locator("kb-triage [data-app]").isHidden()).toBe(true);
    expect(await page.locator("kb-triage [data-paste]").isHidden()).toBe(true);
    const note = page.locator("kb-triage noscript .kb-notice");
    expect(await note.isVisible()).toBe(true);
    expect(await note.textContent()).toContain("open “The whole tree” below");
    await outline.locator("summary").first().click();
    expect(await outline.getAttribute("open")).not.toBeNull();
    const text = await outline.textContent();
    expect(text).toContain("Does the 429 response include a Retry-After header?");
    expect(text).toContain("Too many requests at once");
    // Answers link to the next question or cause, which exist on the page.
    const href = await outline
      .getByRole("link", { name: "How many seconds does Retry-After ask you to wait?" })
      .first()
      .getAttribute("href");
    expect(await page.locator(href ?? "#none").count()).toBe(1);
    // The causes are sections of the article itself, in the table of contents.
    expect(await page.locator("h3#burst-concurrency").textContent()).toBe(
      "Too many requests at once",
    );
    await close();
  });
});
