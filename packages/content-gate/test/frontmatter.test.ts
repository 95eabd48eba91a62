import { describe, expect, test } from "vitest";
import { articleProblems } from "./support.ts";

describe("frontmatter: only the template's fields, plain text, plain YAML", () => {
  test("the valid fixture passes, so the refusals below are about their one change", () => {
    expect(articleProblems("frontmatter", "valid.mdx")).toEqual([]);
  });

  // Starlight fields that inject markup or change the page, and Astro's `layout` (an import).
  test.each([
    "head",
    "banner",
    "hero",
    "template",
    "pagefind",
    "sidebar",
    "draft",
    "edit-url",
    "layout",
    "dunder-proto",
  ])("%s: every unknown key is refused by name", (name) => {
    expect(articleProblems("frontmatter", `${name}.mdx`)).toEqual(["content-frontmatter-key@9"]);
  });

  test.each([
    ["title-script", "content-plain-text@2"],
    ["title-entity", "content-plain-text@2"],
    ["title-braces", "content-plain-text@2"],
    ["title-bidi", "content-plain-text@2"],
    ["title-javascript", "content-plain-text@2"],
    ["description-long", "content-plain-text@3"],
  ])("%s: title and description are plain text within limits", (name, expected) => {
    expect(articleProblems("frontmatter", `${name}.mdx`)).toEqual([expected]);
  });

  test.each([
    ["yaml-anchor", "content-frontmatter-yaml@9"],
    ["yaml-alias", "content-frontmatter-yaml@10"],
    ["yaml-merge", "content-frontmatter-yaml@9"],
    ["yaml-tag", "content-frontmatter-yaml@9"],
  ])("%s: YAML features the build reads differently are refused", (name, expected) => {
    expect(articleProblems("frontmatter", `${name}.mdx`)).toEqual([expected]);
  });

  // Astro finds frontmatter after blank lines, in `+++` (TOML) and up to any line starting
  // with `---` or `+++`: the gate accepts only the one plain form, so both read the same block.
  test.each([
    ["no-frontmatter", "content-frontmatter@1"],
    ["leading-blank", "content-frontmatter@1"],
    ["toml", "content-frontmatter@1"],
    ["close-trailing", "content-frontmatter@9"],
    ["close-plus", "content-frontmatter@9"],
    ["type-page", "content-frontmatter@4"],
  ])("%s: refused with the line of the fault", (name, expected) => {
    expect(articleProblems("frontmatter", `${name}.mdx`)).toEqual([expected]);
  });
});
