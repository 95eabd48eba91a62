import type { Problem } from "../errors/problem.ts";
import type { Tree } from "../schemas/tree.ts";
import { parseTree, placeProblems } from "./parse-tree.ts";
import { runExamples } from "./run-examples.ts";
import { validateTree, type ValidateOptions } from "./validate-tree.ts";

/** Everything known about one tree file after all checks. */
export interface TreeReport {
  file?: string;
  tree?: Tree;
  problems: Problem[];
}

/**
 * Reads, validates and runs the examples of one tree file: the single entry point the site
 * build, the CLI and the tests share. Examples run only when the static checks pass, since a
 * broken graph would make their failures misleading.
 */
export async function checkTreeSource(
  source: string,
  file?: string,
  options: ValidateOptions = {},
): Promise<TreeReport> {
  const parsed = parseTree(source, file);
  if (!parsed.tree) return { ...(file ? { file } : {}), problems: parsed.problems };
  const statics = validateTree(parsed.tree, options);
  const examples = statics.some((p) => p.severity === "error")
    ? []
    : await runExamples(parsed.tree);
  return {
    ...(file ? { file } : {}),
    tree: parsed.tree,
    problems: [
      ...parsed.problems,
      ...placeProblems([...statics, ...examples], file, parsed.locate),
    ],
  };
}
