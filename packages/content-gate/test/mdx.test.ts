import { describe, expect, test } from "vitest";
import { articleProblems } from "./support.ts";

describe("MDX stays content, judged on satteri's tree (the build's parser) and acorn's", () => {
  test("comments, the allowed import and <Causes> (with a tree id) pass", () => {
    expect(articleProblems("mdx", "valid.mdx")).toEqual([]);
  });

  // Each of these runs code on the build machine or in the reader's browser.
  test.each([
    ["comment-sandwich", "content-mdx-expression@13"],
    ["comment-sandwich-inline", "content-mdx-expression@11"],
    ["import-meta", "content-mdx-expression@11"],
    ["process", "content-mdx-expression@11"],
    ["dynamic-import", "content-mdx-expression@11"],
    ["comment-breakout", "content-mdx-syntax@11"],
    ["empty-statement", "content-mdx-syntax@11"],
    ["export", "content-mdx-export@11"],
    ["export-default", "content-mdx-export@11"],
    ["export-after-comment", "content-mdx-export@13"],
    ["import-other", "content-mdx-import@11"],
    ["import-renamed", "content-mdx-import@11"],
    ["import-namespace", "content-mdx-import@11"],
    ["import-side-effect", "content-mdx-import@11"],
    ["import-second", "content-mdx-import@12"],
    ["import-attributes", "content-mdx-import@11"],
    ["attribute-expression", "content-mdx-expression@13"],
    ["attribute-spread", "content-mdx-expression@13"],
    ["attribute-unknown", "content-mdx-component@13"],
    ["causes-unimported", "content-mdx-import@11"],
    ["script", "content-mdx-component@11"],
    ["img-onerror", "content-mdx-component@11"],
    ["iframe", "content-mdx-component@11"],
    ["fragment", "content-mdx-component@11"],
    ["member", "content-mdx-component@13"],
    ["inline-html", "content-mdx-component@11"],
    ["html-comment", "content-mdx-syntax@11"],
    ["image-local", "content-mdx-image@11"],
    ["image-remote", "content-mdx-image@11"],
    ["image-reference", "content-mdx-image@11"],
  ])("%s is refused: %s", (name, expected) => {
    expect(articleProblems("mdx", `${name}.mdx`)).toEqual([expected]);
  });

  // Starlight turns on directives in the build's parser, so the gate parses them too.
  test("a :::note aside and stray `word:word` directives are content", () => {
    expect(articleProblems("mdx", "directive-aside.mdx")).toEqual([]);
  });

  test.each([
    ["directive-expression", "content-mdx-expression@12"],
    ["directive-attribute", "content-unsafe-link@11"],
  ])("%s inside a directive is still judged: %s", (name, expected) => {
    expect(articleProblems("mdx", `${name}.mdx`)).toEqual([expected]);
  });

  test("<style> with a template literal: the element and the expression are both refused", () => {
    expect(articleProblems("mdx", "style.mdx")).toEqual([
      "content-mdx-component@11",
      "content-mdx-expression@11",
    ]);
  });
});
