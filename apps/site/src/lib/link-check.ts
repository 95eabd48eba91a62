import { ELEMENT_NODE, TEXT_NODE, parse, walkSync } from "ultrahtml";

/** What one built page offers and points at. */
export interface PageLinks {
  ids: Set<string>;
  links: { href: string; text: string }[];
}

/** Reads the element ids and the `<a href>` links of a built HTML page. */
export function readPage(html: string): PageLinks {
  const ids = new Set<string>(["_top"]);
  const links: PageLinks["links"] = [];
  walkSync(parse(html) as Parameters<typeof walkSync>[0], (node) => {
    if (node.type !== ELEMENT_NODE) return;
    const attrs = node.attributes as Record<string, string | undefined>;
    if (attrs.id) ids.add(attrs.id);
    if (node.name === "a" && attrs.href) {
      const text = node.children
        .map((c) => (c.type === TEXT_NODE ? c.value : ""))
        .join("")
        .trim()
        .slice(0, 60);
      links.push({ href: attrs.href, text });
    }
  });
  return { ids, links };
}

/** A link that leads nowhere, with the page it is on. */
export interface BrokenLink {
  page: string;
  href: string;
  text: string;
  reason: string;
}

/**
 * Checks every internal link of a built site: the target page or file exists, and the anchor,
 * if any, is an id on it. `pages` maps a route (`/rate-limiting/`) to its links; `files` holds
 * the other routes that exist (JSON, images). External links are not followed.
 */
export function findBrokenLinks(
  pages: Map<string, PageLinks>,
  files: Set<string>,
  base = "/",
): BrokenLink[] {
  const broken: BrokenLink[] = [];
  for (const [route, page] of pages) {
    for (const { href, text } of page.links) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(href)) continue; // https:, mailto:, protocol-relative
      const url = new URL(href, `https://site.invalid${route}`);
      let path = decodeURIComponent(url.pathname);
      if (!path.startsWith(base)) {
        broken.push({
          page: route,
          href,
          text,
          reason: `it is outside the site's base path ${base}`,
        });
        continue;
      }
      if (!path.endsWith("/") && !files.has(path) && pages.has(`${path}/`)) path = `${path}/`;
      const target = pages.get(path);
      if (!target && !files.has(path)) {
        broken.push({ page: route, href, text, reason: "no page or file exists at that path" });
        continue;
      }
      const anchor = decodeURIComponent(url.hash.slice(1));
      if (anchor && target && !target.ids.has(anchor)) {
        broken.push({
          page: route,
          href,
          text,
          reason: `the page has no element with id "${anchor}"`,
        });
      }
    }
  }
  return broken;
}
