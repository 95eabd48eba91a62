import { defineRouteMiddleware, type StarlightRouteData } from "@astrojs/starlight/route-data";
import { getArticles } from "./lib/articles.ts";
import { categories } from "./lib/categories.ts";

type Link = StarlightRouteData["pagination"]["next"] & {};

/** Above this many articles, a category's group shows only the current one (page weight). */
const MAX_LISTED = 25;

const link = (label: string, href: string, isCurrent = false): Link => ({
  type: "link",
  label,
  href,
  isCurrent,
  badge: undefined,
  attrs: {},
});

/**
 * Places an article in the sidebar: the sidebar lists categories, so on an article its
 * category opens as a group with the category page and its articles, the current one marked
 * (Starlight highlights only pages it finds in the sidebar). Previous and next follow the
 * category's articles, as Starlight's own follow the sidebar. A category with more than
 * MAX_LISTED articles lists only the current one, so every page's HTML stays small.
 */
// Grouped once per build: filtering every article on every page is quadratic in the site's size.
let byCategory: Promise<Map<string, Awaited<ReturnType<typeof getArticles>>>> | undefined;

export const onRequest = defineRouteMiddleware(async (context) => {
  const route = context.locals.starlightRoute;
  const data = route.entry.data as { type?: string; category?: string; title: string };
  if (data.type !== "troubleshooting" && data.type !== "guide") return;
  const category = categories.find((c) => c.id === data.category);
  if (!category) return;
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const categoryHref = `${base}categories/${category.id}/`;
  byCategory ??= getArticles().then((list) => {
    const groups = new Map<string, typeof list>();
    for (const a of list) {
      const group = groups.get(a.data.category);
      if (group) group.push(a);
      else groups.set(a.data.category, [a]);
    }
    return groups;
  });
  const siblings = (await byCategory).get(category.id) ?? [];
  const here = siblings.findIndex((a) => a.id === route.entry.id);
  const href = (id: string) => `${base}${id}/`;
  const listed =
    siblings.length <= MAX_LISTED ? siblings : siblings.filter((a) => a.id === route.entry.id);
  route.sidebar = route.sidebar.map((entry) =>
    entry.type === "link" && entry.href === categoryHref
      ? {
          type: "group",
          label: category.label,
          collapsed: false,
          badge: undefined,
          entries: [
            link(`All in ${category.label}`, categoryHref),
            ...listed.map((a) => link(a.data.title, href(a.id), a.id === route.entry.id)),
          ],
        }
      : entry,
  );
  const prev = siblings[here - 1];
  const next = siblings[here + 1];
  route.pagination = {
    prev: here > 0 && prev ? link(prev.data.title, href(prev.id)) : undefined,
    next: here >= 0 && next ? link(next.data.title, href(next.id)) : undefined,
  };
});
