import { cpSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";
import { problemCatalog } from "@kb/rules";
import { checkContentDir, checkSlug, MAX_ARTICLE_BYTES, readContent } from "../src/index.ts";

// Symbolic links and an oversized file are made here rather than committed: git and some
// checkouts (Windows) do not keep links, and a 300 KB fixture would bloat the repository.
const root = mkdtempSync(join(tmpdir(), "kb-gate-"));
const content = join(root, "content");
cpSync(fileURLToPath(new URL("./fixtures/files/content/", import.meta.url)), content, {
  recursive: true,
});
symlinkSync("/etc", join(content, "linked-folder"));
symlinkSync(join(content, "good.mdx"), join(content, "linked-file.mdx"));
symlinkSync(join(root, "nowhere.mdx"), join(content, "dangling.mdx"));
writeFileSync(join(content, "huge.mdx"), "a".repeat(MAX_ARTICLE_BYTES + 1));
afterAll(() => rmSync(root, { recursive: true, force: true }));

describe("files in content/: type, name, links, size and encoding", async () => {
  const problems = await checkContentDir(content, { root });
  const found = problems.map((p) => `${p.file}  ${p.id}@${p.line}:${p.column}`);

  test.each([
    ["evil.md", "content-file-type@1:1"],
    ["notes.txt", "content-file-type@1:1"],
    ["page.html", "content-file-type@1:1"],
    ["Upper.mdx", "content-file-name@1:1"],
    ["with space.mdx", "content-file-name@1:1"],
    ["café.mdx", "content-file-name@1:1"],
    [".hidden.mdx", "content-file-name@1:1"],
    ["_draft.mdx", "content-file-name@1:1"],
    ["404.mdx", "content-reserved-slug@1:1"],
    ["con.mdx", "content-reserved-slug@1:1"],
    ["errors", "content-reserved-slug@1:1"],
    [`${"a".repeat(61)}.mdx`, "content-slug-too-long@1:1"],
    ["linked-folder", "content-symlink@1:1"],
    ["linked-file.mdx", "content-symlink@1:1"],
    ["dangling.mdx", "content-symlink@1:1"],
    ["huge.mdx", "content-file-size@1:1"],
    ["bom.mdx", "content-encoding@1:1"],
    ["nul-byte.mdx", "content-encoding@13:5"],
    ["invalid-utf8.mdx", "content-encoding@13:4"],
    ["overlong.mdx", "content-encoding@13:3"],
    ["lone-cr.mdx", "content-encoding@13:4"],
    ["bidi.mdx", "content-encoding@13:8"],
  ])("%s: %s", (name, expected) => {
    expect(found).toContain(`content/${name}  ${expected}`);
  });

  test("nothing else: valid articles (nested too), the template and error codes pass", () => {
    expect(problems).toHaveLength(22);
    const files = problems.map((p) => p.file);
    for (const ok of ["good.mdx", "guides/nested-ok.mdx", "_template.mdx", "error-codes.yaml"])
      expect(files).not.toContain(`content/${ok}`);
  });

  test("every problem has a catalog id and says what happened", () => {
    for (const p of problems) {
      expect(Object.keys(problemCatalog)).toContain(p.id);
      expect(p.message.length).toBeGreaterThan(15);
    }
  });

  test("only the real files are read (never through a link), with their page addresses", () => {
    expect(readContent(content, { root }).articles.map((a) => [a.file, a.slug])).toEqual([
      ["content/good.mdx", "good"],
      ["content/guides/nested-ok.mdx", "guides/nested-ok"],
    ]);
  });

  test("a missing content folder is a problem, not an exception", async () => {
    expect((await checkContentDir(join(root, "missing"), { root })).map((p) => p.id)).toEqual([
      "content-unreadable",
    ]);
  });
});

describe("slugs, as kb new and kb check see them", () => {
  test.each([
    ["index", "content-reserved-slug"],
    ["pagefind", "content-reserved-slug"],
    ["contributing", "content-reserved-slug"],
    ["com7", "content-reserved-slug"],
    ["lpt1", "content-reserved-slug"],
    ["_astro", "content-file-name"],
    ["Rate-Limits", "content-file-name"],
    ["a".repeat(61), "content-slug-too-long"],
  ])("%s: %s", (slug, id) => {
    expect(checkSlug(slug).map((p) => p.id)).toEqual([id]);
  });

  test("an ordinary slug of up to 60 characters passes", () => {
    expect(checkSlug("oauth-redirect-mismatch")).toEqual([]);
    expect(checkSlug("a".repeat(60))).toEqual([]);
  });
});
