import { readdirSync, readFileSync } from "node:fs";
import { parseTree, type Tree } from "@kb/rules";

const dir = new URL("../../../../packages/rules/trees/", import.meta.url);

/** The trees the site is built from, read the way the build reads them. */
export function siteTrees(): Tree[] {
  return readdirSync(dir)
    .filter((f) => f.endsWith(".yaml"))
    .map((f) => {
      const { tree } = parseTree(readFileSync(new URL(f, dir), "utf8"), f);
      if (!tree) throw new Error(`${f} does not parse`);
      return tree;
    });
}
