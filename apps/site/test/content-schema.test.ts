import { describe, expect, test } from "vitest";
import { z } from "astro/zod";
import { docsCollectionSchema } from "../src/lib/article-schema.ts";

// The docs collection's schema, as Astro and <StarlightPage> call it (`image` is Astro's helper).
const schema = docsCollectionSchema({ image: () => z.any() } as never);
const article = {
  title: "Rate limiting (429 Too Many Requests)",
  description:
    "Why an API answers 429, how to read Retry-After, and how to pace and retry requests.",
  type: "troubleshooting",
  category: "rate-limits",
  errorCodes: ["429"],
  symptoms: ["rate limit exceeded"],
  keywords: ["throttling"],
  tree: "rate-limits",
  related: ["server-errors"],
  lastReviewed: new Date("2026-11-25"),
};
const messages = (data: unknown) => {
  const result = schema.safeParse(data);
  return result.success ? [] : result.error.issues.map((i) => i.message);
};

describe("the docs collection schema: a strict allow-list before Starlight's", () => {
  test("an article's fields pass, and Starlight fills in its defaults", () => {
    const result = schema.parse(article);
    expect(result).toMatchObject({ ...article, template: "doc", head: [], pagefind: true });
  });

  test("generated pages (type: page) pass with their on/off flags", () => {
    const page = {
      type: "page",
      title: "Error codes",
      description: "All of them.",
      pagefind: false,
    };
    expect(schema.parse(page)).toMatchObject({ ...page, template: "doc", head: [] });
  });

  test.each([
    ["head", [{ tag: "script", content: "window.pwned = 1" }]],
    ["banner", { content: "<script>window.pwned = 1</script>" }],
    ["hero", { tagline: "<img src=x onerror=alert(1)>" }],
    ["template", "splash"],
    ["layout", "../../astro.config.ts"],
    ["draft", true],
    ["sidebar", { badge: "x" }],
  ])("`%s` is refused with the gate's id, naming the field", (key, value) => {
    expect(messages({ ...article, [key]: value })).toEqual([
      expect.stringMatching(new RegExp(`^content-frontmatter-key: \`${key}\` is not a field`)),
    ]);
  });

  test("a title with markup is refused, for articles and pages", () => {
    const title = "</title><script>window.pwned = 1</script>";
    expect(messages({ ...article, title })).toEqual([
      expect.stringMatching(/^content-plain-text: `title` contains `<`/),
    ]);
    expect(messages({ type: "page", title })).toHaveLength(1);
  });

  test("a page's flags are booleans: no edit URL can be smuggled in", () => {
    expect(messages({ type: "page", title: "x", editUrl: "javascript:alert(1)" })).toEqual([
      "`editUrl` may only be true or false.",
    ]);
  });
});
