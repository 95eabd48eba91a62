import { describe, expect, test } from "vitest";
import { openPage, useBrowser } from "./support/browser.ts";

const browser = useBrowser();

describe("finding one's way around an article", () => {
  test("the article is marked in the sidebar, under its category, with a breadcrumb and previous/next", async () => {
    const { page, close } = await openPage(browser(), "/network-timeouts/");
    const sidebar = page.locator('nav[aria-label="Main"]');
    const current = sidebar.locator('a[aria-current="page"]');
    expect(await current.getAttribute("href")).toBe("/network-timeouts/");
    // Its siblings in the category are listed; other categories' articles are not.
    expect(await sidebar.locator('a[href="/cors-and-preflight/"]').count()).toBe(1);
    expect(await sidebar.locator('a[href="/webhooks/"]').count()).toBe(0);
    const crumbs = page.locator('nav[aria-label="Breadcrumb"] li');
    expect(await crumbs.allTextContents()).toEqual([
      "Home",
      "Network",
      await page.locator("h1").textContent(),
    ]);
    const pagination = page.locator(".pagination-links");
    expect(await pagination.locator("a[rel=prev], a[rel=next]").count()).toBeGreaterThan(0);
    await close();
  });

  test("the contributors' error catalog is not among the readers' pages", async () => {
    const { page, close } = await openPage(browser(), "/");
    const sidebar = page.locator('nav[aria-label="Main"]');
    expect(await sidebar.locator('a[href="/contributing/errors/"]').count()).toBe(0);
    // It stays reachable, from the home page's section for contributors.
    expect(await page.locator('main a[href="/contributing/errors/"]').count()).toBe(1);
    await close();
  });

  test("the search button shows its keyboard shortcut, and the home page's search link opens it", async () => {
    const { page, close } = await openPage(browser(), "/");
    const shortcut = page.locator("[data-kb-shortcut]");
    expect(await shortcut.isVisible()).toBe(true);
    expect(await shortcut.textContent()).toBe("Ctrl K");
    // It shows inside the search button's outline, at its end.
    const [button, hint] = await Promise.all([
      page.locator("site-search button[data-open-modal]").boundingBox(),
      shortcut.boundingBox(),
    ]);
    expect(
      hint && button && hint.x > button.x && hint.x + hint.width <= button.x + button.width,
    ).toBe(true);
    await page.locator("a.kb-search-cta").click();
    await page.locator("site-search dialog[open] .pagefind-ui__search-input").waitFor();
    expect(new URL(page.url()).pathname).toBe("/");
    await close();
  });

  test("code links on the list of error codes are at least 24 × 24 px (WCAG 2.5.8)", async () => {
    const { page, close } = await openPage(browser(), "/errors/", { width: 375 });
    const sizes = await page
      .locator("main table a")
      .evaluateAll((links) => links.map((a) => a.getBoundingClientRect()))
      .then((rects) => rects.map((r) => ({ width: r.width, height: r.height })));
    expect(sizes.length).toBeGreaterThan(40);
    expect(sizes.filter((s) => s.width < 24 || s.height < 24)).toEqual([]);
    await close();
  });
});
