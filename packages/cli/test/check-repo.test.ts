import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";
import { checkRepo, findRepo } from "../src/index.ts";

const fixture = fileURLToPath(new URL("./fixtures/broken-repo/", import.meta.url));

describe("kb check: one fixture per check, with the exact id and location", async () => {
  const problems = await checkRepo(findRepo(fixture));
  const found = problems.map((p) => ({ id: p.id, file: p.file, line: p.line, column: p.column }));

  test.each([
    ["content-frontmatter", "content/bad-frontmatter.mdx", 5, 11],
    ["content-unknown-tree", "content/unknown-tree.mdx", 9, 7],
    ["content-unknown-related", "content/unknown-related.mdx", 9, 11],
    ["content-mdx-syntax", "content/mdx-syntax.mdx", 11, 15],
    ["content-mdx-import", "content/mdx-import.mdx", 11, 1],
    ["content-mdx-export", "content/mdx-export.mdx", 11, 1],
    ["content-mdx-expression", "content/mdx-expression.mdx", 11, 13],
    ["content-mdx-component", "content/mdx-component.mdx", 13, 1],
    ["content-structure", "content/structure.mdx", 10, 1],
    ["content-broken-link", "content/broken-link.mdx", 11, 5],
    ["content-broken-anchor", "content/broken-anchor.mdx", 11, 5],
    ["error-code-invalid", "content/error-codes.yaml", 10, 3],
    ["tree-unknown-article", "packages/rules/trees/orphan.yaml", 4, 1],
    ["tree-section-missing", "packages/rules/trees/orphan.yaml", 24, 5],
  ])("%s in %s at %i:%i", (id, file, line, column) => {
    expect(found).toContainEqual({ id, file, line, column });
  });

  test("nothing else is reported: the valid fixture article and tree pass", () => {
    expect(problems).toHaveLength(14);
    expect(
      problems.filter(
        (p) => p.file === "content/good.mdx" || p.file === "packages/rules/trees/good.yaml",
      ),
    ).toEqual([]);
  });

  test("every problem says what, why and how to fix", () => {
    for (const p of problems) {
      expect(p.message.length, p.id).toBeGreaterThan(15);
      expect(p.why.length, p.id).toBeGreaterThan(20);
      expect(p.hint.length, p.id).toBeGreaterThan(10);
    }
  });
});

describe("kb check on the repository itself", () => {
  test("passes: every article, tree and error code is valid", async () => {
    const problems = await checkRepo(
      findRepo(fileURLToPath(new URL("../../../", import.meta.url))),
    );
    expect(problems.map((p) => `${p.file}:${p.line} ${p.id} ${p.message}`)).toEqual([]);
  });
});
