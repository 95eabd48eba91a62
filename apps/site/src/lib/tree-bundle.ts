import type { Tree } from "@kb/rules";

/**
 * The tree a page embeds, or a build error that names the unknown id, where it was used, the
 * known ids, and how to add the missing tree. Hand-off targets are not bundled: the widget
 * loads them from /trees/<id>.json when a reader gets there.
 */
export function treeFor(all: Readonly<Record<string, Tree>>, id: string, where: string): Tree {
  const tree = all[id];
  if (!tree) {
    throw new Error(
      `[content-unknown-tree] ${where}: the triage tree "${id}" does not exist. Known trees: ${Object.keys(all).sort().join(", ")}. ` +
        `Use one of these ids in the \`tree\` frontmatter field, or create packages/rules/trees/${id}.yaml with \`pnpm kb new tree ${id}\`.`,
    );
  }
  return tree;
}
