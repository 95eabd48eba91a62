import { describe, expect, test } from "vitest";
import { checkTreeSource } from "@kb/rules";

// Part of the tree checks in @kb/rules, so `kb check` and the build both refuse it.
const unknownConditions = async (source: string) =>
  (await checkTreeSource(source, "t.yaml")).problems.filter(
    (p) => p.id === "tree-unknown-condition",
  );

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
  test("a misspelt condition is reported at its line", async () => {
    expect(await unknownConditions(tree("rate-limitted"))).toMatchObject([
      { id: "tree-unknown-condition", file: "t.yaml", line: 12 },
    ]);
  });

  test("a known condition passes", async () => {
    expect(await unknownConditions(tree("rate-limited"))).toEqual([]);
  });
});
