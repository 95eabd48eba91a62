import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { stringify } from "yaml";
import { createTriage, parseState, parseTree, treesInState, validateTree } from "../src/index.ts";
import type { Tree } from "../src/index.ts";
import { reachability } from "../src/tree/reachability.ts";
import { sampleTree } from "./support/trees.ts";

/** A chain of `n` yes/no questions: yes goes on (or, at the end, loops back when `loop`). */
function chain(n: number, loop = false): Tree {
  return {
    ...sampleTree(),
    id: "chain",
    start: "q0",
    questions: Array.from({ length: n }, (_, i) => ({
      id: `q${i}`,
      type: "yesno" as const,
      text: `Question ${i}?`,
      yes: i + 1 < n ? { next: `q${i + 1}` } : loop ? { next: "q0" } : { cause: "end" },
      no: { cause: "early" },
    })),
    causes: ["end", "early"].map((id) => ({
      id,
      title: id,
      why: "w",
      confirm: "c",
      fix: ["f"],
      likelihood: "common" as const,
      section: "a#b",
    })),
    examples: [],
  };
}

describe("a long tree neither overflows the stack nor takes seconds", () => {
  test("a 5,000-question chain validates, and every question reaches both causes", () => {
    const tree = chain(5000);
    const start = performance.now();
    expect(validateTree(tree)).toEqual([]);
    const reach = reachability(tree);
    expect(performance.now() - start).toBeLessThan(2000);
    expect(reach.get("q0")).toEqual([
      { target: { kind: "cause", id: "early" }, distance: 1 },
      { target: { kind: "cause", id: "end" }, distance: 5000 },
    ]);
  });

  test("a 5,000-question loop is reported as a cycle, not a crash", () => {
    const problems = validateTree(chain(5000, true));
    expect(problems.map((p) => p.id)).toContain("tree-cycle");
  });
});

describe("size limits refuse a tree with their own id", () => {
  const yaml = (edit: (tree: Record<string, unknown>) => void) => {
    const source = readFileSync(
      new URL("./fixtures/check-tree/valid.yaml", import.meta.url),
      "utf8",
    );
    const parsed = parseTree(source);
    const data = JSON.parse(JSON.stringify(parsed.tree)) as Record<string, unknown>;
    edit(data);
    return stringify(data, { aliasDuplicateObjects: false });
  };
  const ids = (source: string) => parseTree(source, "valid.yaml").problems.map((p) => p.id);
  const questions = (t: Record<string, unknown>) => t.questions as Record<string, unknown>[];

  test("a text longer than the limit", () => {
    expect(
      ids(yaml((t) => Object.assign(questions(t)[0] ?? {}, { text: "x".repeat(501) }))),
    ).toEqual(["tree-text-too-long"]);
  });

  test("too many questions, options and examples", () => {
    const many = yaml((t) => {
      const first = questions(t)[0] ?? {};
      t.questions = Array.from({ length: 501 }, (_, i) => ({ ...first, id: `q${i}` }));
      t.examples = Array.from({ length: 501 }, () => (t.examples as unknown[])[0]);
    });
    expect(ids(many)).toEqual(
      expect.arrayContaining(["tree-too-many-questions", "tree-too-many-examples"]),
    );
    const options = yaml((t) => {
      const choice = questions(t).find((q) => q.type === "choice") ?? {};
      const first = (choice.options as Record<string, unknown>[])[0] ?? {};
      choice.options = Array.from({ length: 31 }, (_, i) => ({ ...first, value: `o${i}` }));
    });
    expect(ids(options)).toContain("tree-too-many-options");
  });

  test("a file larger than 256 KB, before it is parsed", () => {
    const source = `${yaml(() => {})}\n# ${"x".repeat(256 * 1024)}\n`;
    const problems = parseTree(source, "valid.yaml").problems;
    expect(problems.map((p) => [p.id, p.line])).toEqual([["tree-too-large", 1]]);
  });

  test("nesting deep enough to exhaust a parser is an error, not a crash", () => {
    const source = `${"[".repeat(60_000)}${"]".repeat(60_000)}`;
    expect(() => parseTree(source, "deep.yaml")).not.toThrow();
    expect(parseTree(source, "deep.yaml").problems.length).toBeGreaterThan(0);
  });
});

describe("?triage= hand-offs are bounded before any fetch", () => {
  const link = (handoffs: string[]) => `1.valid.abc.${handoffs.map((h) => `_${h}`).join(".")}`;

  test("at most 8 hand-offs are loaded; more loads nothing", () => {
    const eight = Array.from({ length: 8 }, (_, i) => `t${i}`);
    expect(treesInState(link(eight))).toEqual(["valid", ...eight]);
    expect(treesInState(link([...eight, "t8"]))).toEqual([]);
  });

  test("a tree id that is not a slug loads nothing", () => {
    for (const bad of ["..%2Fadmin", "x/y", "A", `${"a".repeat(61)}`])
      expect(treesInState(link([bad])), bad).toEqual([]);
  });

  test("a link with too many hand-offs starts afresh and says why", async () => {
    const triage = createTriage([sampleTree()]);
    const parsed = await parseState(
      triage,
      link(Array.from({ length: 9 }, () => "valid")),
      "valid",
    );
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.id).toBe("state-too-many-handoffs");
  });
});
