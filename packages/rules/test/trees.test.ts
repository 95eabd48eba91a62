import { readdirSync, readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { checkTreeSource, formatProblem } from "../src/index.ts";
import { treesDir } from "./support/trees.ts";

const files = readdirSync(treesDir).filter((f) => f.endsWith(".yaml"));
const known = new Set(files.map((f) => f.replace(".yaml", "")));

describe("the shipped trees", () => {
  test("include the entry tree and the authentication tree", () => {
    expect(known.has("authentication")).toBe(true);
  });

  test.each(files)(
    "%s: valid, with every example reaching its cause and every cause covered",
    async (file) => {
      const report = await checkTreeSource(
        readFileSync(new URL(file, treesDir), "utf8"),
        `trees/${file}`,
        { knownTrees: known },
      );
      expect(report.problems.map(formatProblem)).toEqual([]);
      expect(report.tree?.examples.length).toBeGreaterThan(0);
    },
  );
});
