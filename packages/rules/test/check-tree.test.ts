import { describe, expect, test } from "vitest";
import { checkTreeSource, problemCatalog } from "../src/index.ts";
import { fixture } from "./support/trees.ts";

const known = new Set(["elsewhere"]);

async function check(name: string) {
  const id = name.replace(".yaml", "");
  const report = await checkTreeSource(fixture("check-tree", name), `trees/${name}`, {
    knownTrees: new Set([...known, id, "valid"]),
  });
  return report.problems.map((p) => ({
    id: p.id,
    severity: p.severity,
    file: p.file,
    line: p.line,
    column: p.column,
    message: p.message,
  }));
}

describe("checkTreeSource: one fixture per check, with the exact id and location", () => {
  test("a valid tree has no problems", async () => {
    expect(await check("valid.yaml")).toEqual([]);
  });

  test.each([
    ["yaml-syntax.yaml", "tree-yaml-syntax", 3, 1],
    ["schema-unknown-field.yaml", "tree-schema", 15, 5],
    ["schema-mapping-trap.yaml", "tree-schema", 37, 9],
    ["id-mismatch.yaml", "tree-id-mismatch", 1, 5],
    ["duplicate-id.yaml", "tree-duplicate-id", 20, 9],
    ["dangling-ref.yaml", "tree-dangling-ref", 12, 56],
    ["unknown-tree.yaml", "tree-unknown-tree", 14, 54],
    ["cycle.yaml", "tree-cycle", 19, 17],
    ["unreachable.yaml", "tree-unreachable", 29, 11],
    ["dead-end.yaml", "tree-dead-end", 20, 9],
    ["ambiguous-answer.yaml", "tree-ambiguous-answer", 13, 46],
    ["range-gap.yaml", "tree-range-gap", 27, 16],
    ["range-overlap.yaml", "tree-range-overlap", 27, 16],
    ["example-failed.yaml", "tree-example-failed", 36, 62],
    ["example-incomplete.yaml", "tree-example-incomplete", 34, 31],
    ["uncovered-cause.yaml", "tree-uncovered-cause", 32, 11],
  ])("%s reports %s at line %i, column %i", async (name, id, line, column) => {
    const problems = await check(name);
    expect(problems).toContainEqual(
      expect.objectContaining({ id, file: `trees/${name}`, line, column }),
    );
  });

  test("messages say what is wrong in the contributor's terms", async () => {
    const [trap] = await check("schema-mapping-trap.yaml");
    expect(trap?.message).toContain("must be a string, not a mapping");
    expect(trap?.message).toContain("put the text in quotes");
    const [field] = await check("schema-unknown-field.yaml");
    expect(field?.message).toBe(
      "`questions.1` has unknown field `typo`; check the spelling or remove it.",
    );
    const [gap] = await check("range-gap.yaml");
    expect(gap?.message).toBe('Numbers from 60 to 90 match no range of "wait".');
  });

  test("an uncovered cause is a warning, every other check an error", async () => {
    expect((await check("uncovered-cause.yaml")).map((p) => p.severity)).toEqual(["warning"]);
    expect((await check("cycle.yaml")).every((p) => p.severity === "error")).toBe(true);
  });

  test("every problem carries the why and the fix of its catalog entry", async () => {
    const report = await checkTreeSource(
      fixture("check-tree", "dangling-ref.yaml"),
      "dangling-ref.yaml",
    );
    expect(report.problems.length).toBeGreaterThan(0);
    for (const p of report.problems) {
      expect(p.why).toBe(problemCatalog[p.id].why);
      expect(p.hint).toBe(problemCatalog[p.id].fix);
    }
  });
});
