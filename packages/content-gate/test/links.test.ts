import { describe, expect, test } from "vitest";
import { unsafeUrlReason } from "../src/index.ts";
import { articleProblems } from "./support.ts";

describe("links: https, http, mailto and site paths only", () => {
  test("the valid fixture (https, mailto, /path/, #anchor, a bare URL) passes", () => {
    expect(articleProblems("links", "valid.mdx")).toEqual([]);
  });

  test.each([
    ["javascript", 11],
    ["mixed-case", 11],
    ["tab", 11],
    ["newline-entity", 11],
    ["entity-decimal", 11],
    ["entity-hex", 11],
    ["entity-colon", 11],
    ["leading-space", 11],
    ["data", 11],
    ["vbscript", 11],
    ["other-scheme", 11],
    ["protocol-relative", 11],
    ["backslash-relative", 11],
    ["reference-definition", 13],
    ["link-title", 11],
    ["prose-javascript", 11],
    ["prose-protocol-relative", 11],
  ])("%s is refused at line %i", (name, line) => {
    expect(articleProblems("links", `${name}.mdx`)).toEqual([`content-unsafe-link@${line}`]);
  });

  test("a data: URL in prose is refused (and the <b> in it)", () => {
    expect(articleProblems("links", "prose-data-url.mdx")).toEqual([
      "content-unsafe-link@11",
      "content-mdx-component@11",
    ]);
  });

  test("an autolink <javascript:…> is not MDX at all", () => {
    expect(articleProblems("links", "autolink.mdx")).toEqual(["content-mdx-syntax@11"]);
  });

  test("obfuscations a browser still runs are seen through", () => {
    for (const url of [
      "JAVASCRIPT:alert(1)",
      " \u0001javascript:alert(1)",
      "java\nscript:alert(1)",
      "&#0000106;avascript:alert(1)",
      "&#x6a;avascript&#58;alert(1)",
      "javascript&colon;alert(1)",
      "\\\\evil.example",
      "/\\evil.example",
    ])
      expect(unsafeUrlReason(url), url).toBeDefined();
    for (const url of ["https://example.com/a:b", "/rate-limiting/#x", "#top", "mailto:a@b.c"])
      expect(unsafeUrlReason(url), url).toBeUndefined();
  });
});
