import { ENTRY_TREE, treesInState, type Tree, type Triage } from "@kb/rules/runtime";

/**
 * The trees that hand off to `id`, directly or through others: a link saved while in one of
 * them can lead to `id`'s article. Computed at build time from all trees.
 */
export function handoffSources(all: Readonly<Record<string, Tree>>, id: string): string[] {
  const from = new Set<string>();
  for (let grew = true; grew;) {
    grew = false;
    for (const t of Object.values(all)) {
      if (t.id === id || from.has(t.id)) continue;
      if (handoffTargets(t).some((x) => x === id || from.has(x))) {
        from.add(t.id);
        grew = true;
      }
    }
  }
  return [...from].sort();
}

/** The trees a tree hands off to (`tree:` on an option, a yes/no branch or a range). */
export function handoffTargets(tree: Tree): string[] {
  const out = new Set<string>();
  for (const q of tree.questions) {
    const targets = q.type === "choice" ? q.options : q.type === "yesno" ? [q.yes, q.no] : q.ranges;
    for (const t of targets) if (t.tree !== undefined) out.add(t.tree);
  }
  return [...out];
}

/**
 * Loads the trees a `?triage=` link passes through, bounded before any fetch: the link's list
 * is capped (`treesInState`: at most 8 hand-offs, slugs only), and a tree is fetched only when
 * it is this page's tree, the entry tree, a tree the build says hands off to this page's tree
 * (`from`: a link made in that tree, such as "Read the full explanation", lands here), or a
 * hand-off target of a tree already loaded. So a crafted link can neither make the page fetch
 * many files nor name a path of its choosing.
 */
export async function loadLinkedTrees(
  triage: Triage,
  saved: string,
  home: string,
  fetchTree: (id: string) => Promise<Tree | undefined>,
  from: readonly string[] = [],
): Promise<void> {
  const known = new Set([home, ENTRY_TREE, ...from]);
  for (const id of treesInState(saved)) {
    if (!known.has(id)) return;
    if (!triage.has(id)) {
      const tree = await fetchTree(id);
      if (!tree || tree.id !== id) return;
      triage.add(tree);
    }
    const tree = triage.compiled(id)?.tree;
    for (const next of tree ? handoffTargets(tree) : []) known.add(next);
  }
}
