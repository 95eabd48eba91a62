import { AxeBuilder } from "@axe-core/playwright";
import { createTriage, diagnose } from "@kb/rules";
import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { openPage, screenshot, useBrowser, widgetSettled } from "./support/browser.ts";
import { acceptSuggestion, openSearch, paste, search, settled } from "./support/search.ts";
import { siteTrees } from "./support/trees.ts";

const browser = useBrowser();
const trees = siteTrees();

/** Where the paste reader and the trees take `text`, computed here the way the CLI does. */
async function expected(text: string) {
  const { state } = await diagnose(text, createTriage(trees));
  const tree = trees.find((t) => t.id === state.tree);
  return { article: `/${tree?.article}/`, question: state.question?.text.replace(/`/g, "") };
}

async function axe(page: Page) {
  const results = await new AxeBuilder({ page })
    // Pagefind UI names its input only with a title (an axe best practice, not WCAG).
    .exclude(".pagefind-ui__search-input")
    .analyze();
  return results.violations.map((v) => `${v.id}: ${v.nodes.map((n) => n.target).join(", ")}`);
}

describe("the search dialog reads pasted errors", () => {
  test.each([
    "Error: connect ECONNREFUSED 127.0.0.1:5432",
    '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
    "HTTP/1.1 429 Too Many Requests\nRetry-After: 30",
  ])(
    "%s: “Diagnose this error” comes first and opens the right tree with the paste's answers",
    async (text) => {
      const want = await expected(text);
      const { page, errors, close } = await openPage(browser(), "/webhooks/");
      await openSearch(page);
      await paste(page, text);
      await settled(page, text.replace(/\n/g, " "));
      // The offer is the first link after the search box, before any result.
      const first = page.locator("site-search .pagefind-ui__form a").first();
      expect(await first.textContent()).toBe("Diagnose this error");
      expect(await first.getAttribute("class")).toBe("kb-diagnose__link");
      expect(await axe(page)).toEqual([]);
      await first.click();
      await page.waitForURL(
        (url) => url.pathname === want.article && url.searchParams.has("triage"),
      );
      await widgetSettled(page);
      const widget = page.locator("kb-triage");
      // The paste answered the first question (and maybe more); the reader goes on from there.
      expect(await widget.locator(".kb-trail li").count()).toBeGreaterThan(0);
      expect(await widget.locator(".kb-trail .kb-badge").first().textContent()).toBe(
        "from your error",
      );
      if (want.question)
        expect(await widget.locator(".kb-question h3").textContent()).toBe(want.question);
      expect(errors).toEqual([]);
      await close();
    },
  );

  test("clearing the search box clears the offer", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    const line = "Error: connect ECONNREFUSED 127.0.0.1:5432";
    await search(page, line);
    const assist = page.locator("[data-kb-search-assist]");
    expect(await assist.isVisible()).toBe(true);
    await page.locator("site-search .pagefind-ui__search-clear").click();
    await expect.poll(() => assist.isHidden()).toBe(true);
    await close();
  });

  test("a topic is not an error: no offer, Pagefind's results as usual", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    expect((await search(page, "pagination")).length).toBeGreaterThan(0);
    expect(await page.locator(".kb-diagnose__link").count()).toBe(0);
    await close();
  });
});

describe("no query is a dead end", () => {
  test("a line that no page holds word for word finds pages for its distinctive words", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    const line = "Error: connect ECONNREFUSED 10.0.0.12:5432 while calling /v1/orders";
    const pages = await search(page, line);
    expect(await page.locator(".pagefind-ui__results > li").count()).toBe(0);
    const fallback = page.locator(".kb-fallback");
    expect(await fallback.textContent()).toContain("No page has every word of your search");
    // Searched without the IP, port and path: only the code.
    expect(await fallback.locator("strong").first().textContent()).toBe("ECONNREFUSED");
    expect(pages[0]).toBe("/errors/ECONNREFUSED/");
    expect(await fallback.getByRole("link", { name: "My integration is failing" }).count()).toBe(1);
    expect(await axe(page)).toEqual([]);
    await screenshot(page, "search-fallback-1280");
    await close();
  });

  test("at 375 px the dialog's offer and fallback fit without scrolling sideways", async () => {
    const { page, close } = await openPage(browser(), "/", { width: 375 });
    await openSearch(page);
    const line = "x509: certificate signed by unknown authority (host api.internal.example:8443)";
    await paste(page, line);
    await settled(page, line);
    expect(await page.locator(".kb-diagnose__link").isVisible()).toBe(true);
    const overflow = await page
      .locator("site-search .dialog-frame")
      .evaluate((el) => el.scrollWidth - el.clientWidth);
    expect(overflow).toBeLessThanOrEqual(0);
    await screenshot(page, "search-diagnose-375");
    await close();
  });

  test("words nothing on the site uses say so and offer the entry tree", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    await search(page, "zxqv wobblefrotz");
    const fallback = page.locator(".kb-fallback");
    expect(await fallback.textContent()).toContain(
      "No page of this site uses the words “zxqv wobblefrotz”",
    );
    const entry = fallback.getByRole("link", { name: "My integration is failing" });
    expect(new URL((await entry.getAttribute("href")) ?? "", "http://x").pathname).toBe("/");
    await close();
  });
});

describe("did you mean", () => {
  test("a typo of the site's words offers the word; following it searches again", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    await search(page, "webhok retries");
    const suggestion = page.locator(".kb-did-you-mean");
    expect(await suggestion.textContent()).toBe("Did you mean webhook retries?");
    expect(await axe(page)).toEqual([]);
    await screenshot(page, "search-did-you-mean-1280");
    const { query, pages } = await acceptSuggestion(page);
    expect(query).toBe("webhook retries");
    expect(await page.locator("site-search .pagefind-ui__search-input").inputValue()).toBe(query);
    expect(pages.slice(0, 3)).toContain("/webhooks/");
    // The words are right now: nothing more to suggest.
    expect(await suggestion.isHidden()).toBe(true);
    await close();
  });
});

describe("result cards read cleanly", () => {
  test("no internal chips, no “Read more” sub-results, no Markdown backticks", async () => {
    const { page, close } = await openPage(browser(), "/");
    await openSearch(page);
    for (const query of ["ECONNRESET", "EAI_AGAIN", "invalid_grant", "socket hang up"]) {
      expect((await search(page, query)).length).toBeGreaterThan(0);
      const results = page.locator("site-search .pagefind-ui__results");
      expect(await results.locator(".pagefind-ui__result-tag").count()).toBe(0);
      const subResults = await results
        .locator(".pagefind-ui__result-nested .pagefind-ui__result-link")
        .allTextContents();
      expect(subResults).not.toContain("Read more");
      expect(await results.textContent()).not.toContain("`");
    }
    await close();
  });
});
