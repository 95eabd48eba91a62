import { defineRouteMiddleware } from "@astrojs/starlight/route-data";
import { trees } from "virtual:kb/trees";

/**
 * Sets each article's "last updated" date from its `lastReviewed` frontmatter. Causes are rendered from the tree by <Causes />, so Markdown does not see their headings;
 * add them to the table of contents under the article's "Causes" heading.
 */
export const onRequest = defineRouteMiddleware((context) => {
  const route = context.locals.starlightRoute;
  // Starlight reads "last updated" from git only under src/content/docs; articles live in
  // content/, and their reviewed date is what a reader wants to know anyway.
  const reviewed = (route.entry.data as { lastReviewed?: Date }).lastReviewed;
  if (reviewed && !route.lastUpdated) route.lastUpdated = reviewed;
  const treeId = (route.entry.data as { tree?: string }).tree;
  const tree = treeId ? trees[treeId] : undefined;
  const causes = route.toc?.items.find((item) => item.slug === "causes");
  // Only articles that render <Causes /> have those sections to link to.
  if (!tree || !causes || !/<Causes\b/.test(route.entry.body ?? "")) return;
  causes.children = tree.causes.map((c) => ({
    depth: 3,
    slug: c.id,
    text: c.title.replace(/`/g, ""),
    children: [],
  }));
});
