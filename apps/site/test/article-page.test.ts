import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const html = readFileSync(new URL("../dist/rate-limiting/index.html", import.meta.url), "utf8");

describe("a built article page", () => {
  test("links to the article's source for editing on the repository", () => {
    expect(html).toContain(
      'href="https://github.com/integration-kb/integration-kb/edit/main/content/rate-limiting.mdx"',
    );
  });

  test("shows when it was last reviewed", () => {
    expect(html).toMatch(/Last updated: <time datetime="\d{4}-\d{2}-\d{2}T/);
  });

  test("marks its category and error codes for search filters", () => {
    expect(html).toContain('<span data-pagefind-filter="category" hidden>Rate limits</span>');
    expect(html).toContain('<span data-pagefind-filter="code" hidden>429</span>');
  });

  test("lists categories in the sidebar, and only its own category's articles", () => {
    const sidebar = /<nav[^>]*aria-label="Main"[\s\S]*?<\/nav>/.exec(html)?.[0] ?? "";
    expect(sidebar).toContain("/categories/rate-limits/");
    expect(sidebar).not.toContain('href="/webhooks/"');
  });
});
