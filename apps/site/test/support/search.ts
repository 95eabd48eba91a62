import type { Page } from "playwright-core";

/** Opens Starlight's search dialog on the page. */
export async function openSearch(page: Page): Promise<void> {
  await page.locator("site-search button[data-open-modal]").click();
  await page.locator("site-search .pagefind-ui__search-input").waitFor();
}

/**
 * Types a query into Starlight's search (Pagefind UI over the real index, with the site's
 * ranking settings) and returns the result pages in order, without sub-results.
 */
export async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator("site-search .pagefind-ui__search-input");
  await input.fill("");
  await input.fill(query);
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
      const value = document.querySelector<HTMLInputElement>(".pagefind-ui__search-input")?.value;
      // The message names the query once its results are shown ("3 results for 429").
      const loading = document.querySelectorAll(
        ".pagefind-ui__result .pagefind-ui__loading",
      ).length;
      return (
        value === q &&
        message.toLowerCase().includes(q.toLowerCase()) &&
        !/searching/i.test(message) &&
        loading === 0
      );
    },
    query,
    { timeout: 10_000 },
  );
  const links = await page
    .locator(".pagefind-ui__result-title .pagefind-ui__result-link")
    .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
  return [...new Set(links)];
}
