import { existsSync, readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, resolve } from "node:path";

/** Where a contributor's repository keeps things. */
export interface Repo {
  root: string;
  contentDir: string;
  treesDir: string;
  /** A path relative to the root, with forward slashes, for messages. */
  rel(path: string): string;
}

/** Finds the repository root (the folder with pnpm-workspace.yaml) from `start` upwards. */
export function findRepo(start = process.cwd()): Repo {
  let dir = resolve(start);
  while (!existsSync(join(dir, "pnpm-workspace.yaml"))) {
    const parent = dirname(dir);
    if (parent === dir)
      throw new Error(
        `No pnpm-workspace.yaml above ${start}: run kb inside the knowledge base repository.`,
      );
    dir = parent;
  }
  const root = dir;
  return {
    root,
    contentDir: process.env.KB_CONTENT_DIR || join(root, "content"),
    treesDir: process.env.KB_TREES_DIR || join(root, "packages", "rules", "trees"),
    rel: (path) => relative(root, path).split("\\").join("/"),
  };
}

/** Files in a folder (recursively) whose name matches, skipping `_`-prefixed files and folders. */
export function listFiles(dir: string, pattern: RegExp): string[] {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true })
    .filter((e) => !e.name.startsWith("_") && !e.name.startsWith("."))
    .flatMap((e) =>
      e.isDirectory()
        ? listFiles(join(dir, e.name), pattern)
        : pattern.test(e.name)
          ? [join(dir, e.name)]
          : [],
    )
    .sort();
}

export function read(path: string): string {
  return readFileSync(path, "utf8");
}
