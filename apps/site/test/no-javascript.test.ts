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
    expect(text).toContain("How does the API tell you that you are limited?");
    expect(text).toContain("Too many requests at once");
    // Answers link to the next question or cause, which exist on the page.
    const href = await outline
      .getByRole("link", { name: "How many seconds until the quota resets?" })
      .first()
      .getAttribute("href");
    expect(await page.locator(href ?? "#none").count()).toBe(1);
    // The causes are sections of the article itself, in the table of contents.
    expect(await page.locator("h3#burst-concurrency").textContent()).toBe(
      "Too many requests at once",
    );
    await close();
  });

  test("a link in the outline lands on an open cause, and the diagram's boxes lead into the outline", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/", { javaScript: false });
    const outline = page.locator("kb-triage [data-outline]");
    await outline.locator("summary").first().click();
    await outline.getByRole("link", { name: "Too many requests at once" }).first().click();
    expect(new URL(page.url()).hash).toBe("#t-rate-limits-c-burst-concurrency");
    const cause = page.locator("#t-rate-limits-c-burst-concurrency");
    // Its explanation and fix are shown, not folded away in a closed disclosure.
    expect(await cause.locator("p").nth(1).isVisible()).toBe(true);
    expect(await cause.locator("ol li").first().isVisible()).toBe(true);
    // Inline code is code, not backticks.
    expect(await outline.locator("code").count()).toBeGreaterThan(0);
    expect(await outline.textContent()).not.toMatch(/`/);
    // The diagram's boxes are links to the same outline entries.
    await page.reload();
    await page.locator("kb-triage .kb-diagram summary").click();
    await page.locator('kb-triage [data-node="question:send-pattern"]').click();
    expect(new URL(page.url()).hash).toBe("#t-rate-limits-q-send-pattern");
    expect(await page.locator("#t-rate-limits-q-send-pattern").isVisible()).toBe(true);
    await close();
  });
});

describe("the home page and the theme without JavaScript", () => {
  test("“Search by error code” is a link to the list of codes", async () => {
    const { page, close } = await openPage(browser(), "/", { javaScript: false });
    const search = page.locator("a.kb-search-cta");
    expect(await search.getAttribute("href")).toBe("/errors/");
    await search.click();
    await page.waitForURL((url) => url.pathname === "/errors/");
    expect(await page.locator("h1").textContent()).toBe("Error codes");
    await close();
  });

  test("the theme follows the system's light or dark setting", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/", { javaScript: false });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    await page.emulateMedia({ colorScheme: "light" });
    expect(await background()).toBe("rgb(255, 255, 255)");
    await page.emulateMedia({ colorScheme: "dark" });
    expect(await background()).not.toBe("rgb(255, 255, 255)");
    await close();
  });
});
