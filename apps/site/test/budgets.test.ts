import { describe, expect, test } from "vitest";
import { pageWeight, widgetWeight } from "./support/assets.ts";

// Byte budgets (gzip), deterministic for a given build. A change that exceeds one fails with
// the figure and the budget; raise a budget only with a reason in the commit message.
const KB = 1024;

describe("byte budgets of what a reader downloads", () => {
  const article = pageWeight("/authentication-failures/");
  const plain = pageWeight("/general-troubleshooting-steps/"); // an article without a widget

  test.each([
    ["an article's HTML (widget outline and diagram included)", article.html, 24 * KB],
    ["JavaScript before any interaction on an article", article.js, 8 * KB],
    ["CSS of an article", article.css, 18 * KB],
    [
      "the widget's JavaScript, loaded when the reader reaches for it",
      widgetWeight("/authentication-failures/"),
      20 * KB,
    ],
  ])("%s", (_what, bytes, budget) => {
    expect(bytes, `${bytes} bytes gzip, budget ${budget}`).toBeLessThanOrEqual(budget);
    expect(bytes).toBeGreaterThan(0);
  });

  test("the widget adds at most 1 KB of JavaScript before interaction to an article", () => {
    expect(article.js - plain.js, `${article.js} vs ${plain.js} bytes gzip`).toBeLessThanOrEqual(
      1 * KB,
    );
  });
});
