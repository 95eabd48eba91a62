import { Parser } from "htmlparser2";

/** What one built page offers and points at. */
export interface PageLinks {
  ids: Set<string>;
  links: { href: string; text: string }[];
}

/**
 * Reads the element ids and the `<a href>` links of a built HTML page. A streaming tokenizer
 * (htmlparser2), not a tree: the check runs over every page of the site, and building a tree of
 * each page made it the slowest step after Astro's own.
 */
export function readPage(html: string): PageLinks {
  const ids = new Set<string>(["_top"]);
  const links: PageLinks["links"] = [];
  let open: { href: string; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        if (attrs.id) ids.add(attrs.id);
        if (name === "a" && attrs.href) open = { href: attrs.href, text: "" };
      },
      ontext(text) {
        if (open && open.text.length < 60) open.text += text;
      },
      onclosetag(name) {
        if (name !== "a" || !open) return;
        links.push({ href: open.href, text: open.text.trim().slice(0, 60) });
        open = undefined;
      },
    },
    { decodeEntities: true },
  );
  parser.end(html);
  return { ids, links };
}

/** A page's ids and links as they cross between threads (a Set does not survive the trip). */
export interface PageRead {
  path: string;
  ids: string[];
  links: PageLinks["links"];
}

/** Receives each page's final HTML as the site is built (see integrations/kb-postbuild.ts). */
export interface PageCollector {
  add(path: string, html: string): void;
}

const collectorKey = Symbol.for("kb.pageCollector");

/**
 * The build's page collector, if one is running. The middleware that feeds it runs in the
 * build's page renderer and the integration that owns it in Astro's own code: two module
 * graphs in one process, so it lives on `globalThis`.
 */
export function pageCollector(): PageCollector | undefined {
  return (globalThis as Record<symbol, PageCollector | undefined>)[collectorKey];
}

/** Installs (or, with `undefined`, removes) the build's page collector. */
export function setPageCollector(collector: PageCollector | undefined): void {
  (globalThis as Record<symbol, PageCollector | undefined>)[collectorKey] = collector;
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
