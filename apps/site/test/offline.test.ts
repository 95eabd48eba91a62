import { describe, expect, test } from "vitest";
import { baseUrl, openPage, useBrowser } from "./support/browser.ts";
import { openSearch, search } from "./support/search.ts";

const browser = useBrowser();

describe("the site works offline, on its own origin", () => {
  test("browsing, searching and triaging request nothing from another host", async () => {
    const { page, close } = await openPage(browser(), "/");
    const requests: string[] = [];
    page.on("request", (r) => requests.push(r.url()));
    await page.goto(`${baseUrl()}/`);
    await openSearch(page);
    await search(page, "ECONNRESET");
    await page.keyboard.press("Escape");
    const widget = page.locator("kb-triage");
    await widget.getByRole("button", { name: "429 Too Many Requests" }).click();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("How does the API tell you that you are limited?");
    await page.goto(`${baseUrl()}/webhooks/`);
    await widget.getByRole("button", { name: "Events arrive out of order" }).click();
    await expect
      .poll(() => widget.locator(".kb-result h3").textContent())
      .toBe("Order is not guaranteed");
    const origin = new URL(baseUrl()).origin;
    expect(requests.length).toBeGreaterThan(5);
    expect(requests.filter((u) => !u.startsWith(origin) && !u.startsWith("data:"))).toEqual([]);
    await close();
  });
});
