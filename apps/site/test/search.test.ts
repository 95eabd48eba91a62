import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, openPage } from "./support/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe("search (Starlight's Pagefind UI over the real index)", () => {
  test('typing "401" lists the authentication article', async () => {
    const { page, errors, close } = await openPage(browser, "/");
    await page.getByRole("button", { name: "Search" }).click();
    await page.locator("site-search dialog input").fill("401");
    const first = page.locator(".pagefind-ui__result-link").first();
    await first.waitFor();
    const titles = await page.locator(".pagefind-ui__result-link").allTextContents();
    expect(titles.slice(0, 3).join(" | ")).toContain("Authentication failures");
    expect(errors).toEqual([]);
    await close();
  });
});
