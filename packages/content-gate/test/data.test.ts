import { describe, expect, test } from "vitest";
import { dataProblems } from "./support.ts";

describe("error codes and trees: no link the site would publish unchecked", () => {
  test("valid error codes and a valid tree pass", () => {
    expect(dataProblems("valid.yaml")).toEqual([]);
    expect(dataProblems("tree-valid.yaml", false)).toEqual([]);
  });

  test.each([
    ["url-javascript.yaml", "content-unsafe-link@4:39"],
    ["url-protocol-relative.yaml", "content-unsafe-link@4:39"],
    ["text-entity.yaml", "content-unsafe-link@6:16"],
    ["anchor.yaml", "content-frontmatter-yaml@8:13"],
    ["merge.yaml", "content-frontmatter-yaml@10:3"],
    ["tag.yaml", "content-frontmatter-yaml@3:15"],
    ["title-script.yaml", "content-plain-text@2:10"],
    ["id-traversal.yaml", "content-unsafe-link@1:7"],
  ])("error codes: %s is refused (%s)", (name, expected) => {
    expect(dataProblems(name)).toEqual([expected]);
  });

  // `//2130706433#burst` passes the tree schema's `section` pattern and was published as a
  // protocol-relative link, which the post-build link check skips.
  test.each([
    ["tree-section-protocol-relative.yaml", "content-unsafe-link@31:89"],
    ["tree-section-url.yaml", "content-unsafe-link@31:89"],
    ["tree-text-javascript.yaml", "content-unsafe-link@17:11"],
  ])("trees: %s is refused (%s)", (name, expected) => {
    expect(dataProblems(name, false)).toEqual([expected]);
  });
});
