import { readdirSync, readFileSync } from "node:fs";
import { parseTree, type Tree } from "../../src/index.ts";

export const treesDir = new URL("../../trees/", import.meta.url);

/** Every tree file shipped in packages/rules/trees, parsed (throws on a broken one). */
export function shippedTrees(): Tree[] {
  return readdirSync(treesDir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => {
      const parsed = parseTree(readFileSync(new URL(f, treesDir), "utf8"), f);
      if (!parsed.tree)
        throw new Error(`${f}: ${parsed.problems.map((p) => p.message).join("; ")}`);
      return parsed.tree;
    });
}

/** A small valid tree to vary in tests. */
export function sampleTree(): Tree {
  const parsed = parseTree(
    readFileSync(new URL("../fixtures/check-tree/valid.yaml", import.meta.url), "utf8"),
    "valid.yaml",
  );
  if (!parsed.tree) throw new Error("fixture valid.yaml is broken");
  return parsed.tree;
}

export function fixture(feature: string, name: string): string {
  return readFileSync(new URL(`../fixtures/${feature}/${name}`, import.meta.url), "utf8");
}
