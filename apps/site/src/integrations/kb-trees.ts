import { readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { AstroIntegration } from "astro";
import { checkTreeSource, formatProblem, type Tree } from "@kb/rules";

const VIRTUAL_ID = "virtual:kb/trees";
const RESOLVED_ID = `\0${VIRTUAL_ID}`;

/** Reads and checks every tree file; returns the trees, or throws with every problem located. */
export async function loadTrees(dir: string, root: string): Promise<Record<string, Tree>> {
  const files = readdirSync(dir)
    .filter((f) => /\.ya?ml$/.test(f))
    .sort();
  const known = new Set(files.map((f) => f.replace(/\.ya?ml$/, "")));
  const trees: Record<string, Tree> = {};
  const errors: string[] = [];
  for (const file of files) {
    const path = join(dir, file);
    const report = await checkTreeSource(readFileSync(path, "utf8"), relative(root, path), {
      knownTrees: known,
    });
    errors.push(...report.problems.filter((p) => p.severity === "error").map(formatProblem));
    if (report.tree) trees[report.tree.id] = report.tree;
  }
  if (errors.length > 0) {
    throw new Error(
      `The triage trees have ${errors.length} problem(s); the site is not built with broken trees.\n\n${errors.join("\n\n")}`,
    );
  }
  return trees;
}

/**
 * Validates the decision trees once per build (the build fails on any error, with file, line
 * and fix) and serves them to pages through `virtual:kb/trees`.
 */
export function kbTrees(options: { dir: string; root: string }): AstroIntegration {
  return {
    name: "kb-trees",
    hooks: {
      "astro:config:setup": async ({ updateConfig, addWatchFile }) => {
        const trees = await loadTrees(options.dir, options.root);
        for (const id of Object.keys(trees)) addWatchFile(join(options.dir, `${id}.yaml`));
        updateConfig({
          vite: {
            plugins: [
              {
                name: "kb-trees",
                resolveId: (id: string) => (id === VIRTUAL_ID ? RESOLVED_ID : undefined),
                load: (id: string) =>
                  id === RESOLVED_ID ? `export const trees = ${JSON.stringify(trees)};` : undefined,
              },
            ],
          },
        });
      },
    },
  };
}
