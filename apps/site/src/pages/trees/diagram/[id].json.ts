import type { APIRoute, GetStaticPaths } from "astro";
import type { TreeSummary } from "@kb/rules/runtime";
import { trees } from "virtual:kb/trees";
import { layoutTree } from "../../../lib/tree-diagram.ts";
import { handoffTargets } from "../../../widget/known-trees.ts";

/**
 * Each tree's diagram, laid out at build time, with the titles and articles of the trees it
 * hands off to: what the widget draws when a reader is handed over to this tree on a page
 * built for another one. Loaded only then.
 */
export const getStaticPaths = (() =>
  Object.keys(trees).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) => {
  const tree = trees[params.id ?? ""];
  if (!tree) return new Response(null, { status: 404 });
  const known: Record<string, TreeSummary> = {};
  for (const id of handoffTargets(tree)) {
    const other = trees[id];
    if (other) known[id] = { title: other.title, article: other.article };
  }
  return new Response(
    JSON.stringify({ diagram: layoutTree(tree, (id) => trees[id]?.title), known }),
    { headers: { "Content-Type": "application/json" } },
  );
};
