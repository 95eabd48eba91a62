import type { Page } from "playwright-core";

/** Opens Starlight's search dialog on the page. */
export async function openSearch(page: Page): Promise<void> {
  // Starlight builds Pagefind UI at the first idle moment after DOMContentLoaded; on a cold,
  // loaded machine that can take a while. Wait for it to exist before opening the dialog.
  const input = page.locator("site-search .pagefind-ui__search-input");
  await input.waitFor({ state: "attached" });
  await page.locator("site-search button[data-open-modal]").click();
  await input.waitFor();
}

/** The result pages the dialog shows, in order: Pagefind's, or the assistant's fallback. */
async function shownPages(page: Page): Promise<string[]> {
  const links = await page
    .locator("site-search .pagefind-ui__result-title .pagefind-ui__result-link")
    .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
  return [...new Set(links)];
}

/** Waits until Pagefind UI and the search assistant both show what they found for `query`. */
export async function settled(page: Page, query: string): Promise<void> {
  await page.waitForFunction(
    (q) => {
      const message = document.querySelector(".pagefind-ui__message")?.textContent ?? "";
      const value = document.querySelector<HTMLInputElement>(".pagefind-ui__search-input")?.value;
      // The message names the query once its results are shown ("3 results for 429").
      const loading = document.querySelectorAll(
        ".pagefind-ui__result .pagefind-ui__loading",
      ).length;
      const assist = document.querySelector<HTMLElement>("[data-kb-search-assist]");
      return (
        value === q &&
        message.trim().endsWith(q.trim()) &&
        !/searching/i.test(message) &&
        loading === 0 &&
        assist?.dataset.settled === q
      );
    },
    query,
    { timeout: 15_000 },
  );
}

/**
 * Types a query into Starlight's search (Pagefind UI over the real index, with the site's
 * ranking settings, and the site's search assistant) and returns the result pages in order,
 * without sub-results: Pagefind's, or when it finds nothing, the assistant's fallback results.
 */
export async function search(page: Page, query: string): Promise<string[]> {
  const input = page.locator("site-search .pagefind-ui__search-input");
  await input.fill("");
  await input.fill(query);
  await settled(page, query);
  return shownPages(page);
}

/** Follows the dialog's "Did you mean" and returns the corrected query's result pages. */
export async function acceptSuggestion(page: Page): Promise<{ query: string; pages: string[] }> {
  const button = page.locator("site-search .kb-did-you-mean__button");
  const query = (await button.textContent()) ?? "";
  await button.click();
  await settled(page, query);
  return { query, pages: await shownPages(page) };
}

/**
 * Pastes `text` into the search box as a reader would: a `paste` event carrying the text (with
 * its line breaks), then the box's value, which drops them.
 */
export async function paste(page: Page, text: string): Promise<void> {
  const input = page.locator("site-search .pagefind-ui__search-input");
  await input.fill("");
  await input.evaluate((el, value) => {
    const data = new DataTransfer();
    data.setData("text/plain", value);
    el.dispatchEvent(new ClipboardEvent("paste", { clipboardData: data, bubbles: true }));
  }, text);
  await input.fill(text.replace(/\r?\n/g, " "));
}
