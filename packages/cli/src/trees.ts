import { basename } from "node:path";
import { parseTree, type Tree } from "@kb/rules";
import { listFiles, read, type Repo } from "./repo.ts";

/** Every tree that parses (run `kb check` to see the ones that do not). */
export function loadTrees(repo: Repo): Tree[] {
  return listFiles(repo.treesDir, /\.ya?ml$/).flatMap((file) => {
    const { tree } = parseTree(read(file), basename(file));
    return tree ? [tree] : [];
  });
}
