import { describe, expect, test } from "vitest";
import { parseTree } from "@kb/rules";
import { unknownConditions } from "../src/checks/check-signatures.ts";

const tree = (when: string) => `id: t
title: T
symptom: S
article: a
start: q
questions:
  - id: q
    type: choice
    fact: [condition, status]
    text: Q?
    options:
      - { value: a, label: A, when: [429, ${when}], cause: c }
      - { value: b, label: B, cause: c }
causes:
  - { id: c, title: C, why: W, confirm: C, fix: [F], section: "a#c" }
examples:
  - { name: n, answers: { q: a }, cause: c }
`;

describe("kb check: trees route only on conditions a signature can yield", () => {
  test("a misspelt condition is reported at its line", () => {
    const source = tree("rate-limitted");
    const parsed = parseTree(source, "t.yaml");
    if (!parsed.tree) throw new Error("fixture tree must parse");
    expect(unknownConditions(parsed.tree, "t.yaml", source)).toMatchObject([
      { id: "tree-unknown-condition", file: "t.yaml", line: 12 },
    ]);
  });

  test("a known condition passes", () => {
    const source = tree("rate-limited");
    const parsed = parseTree(source, "t.yaml");
    if (!parsed.tree) throw new Error("fixture tree must parse");
    expect(unknownConditions(parsed.tree, "t.yaml", source)).toEqual([]);
  });
});
