import type { APIRoute, GetStaticPaths } from "astro";
import { trees } from "virtual:kb/trees";

/** Each tree as JSON, so a widget can load a hand-off target only when a reader reaches it. */
export const getStaticPaths = (() =>
  Object.keys(trees).map((id) => ({ params: { id } }))) satisfies GetStaticPaths;

export const GET: APIRoute = ({ params }) =>
  new Response(JSON.stringify(trees[params.id ?? ""]), {
    headers: { "Content-Type": "application/json" },
  });
