import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import type { AstroIntegration } from "astro";
import { withPolicy } from "../lib/csp.ts";
import { findBrokenLinks, readPage, type PageLinks } from "../lib/link-check.ts";

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Runs over the built pages once: refuses to publish a site with a broken internal link or
 * anchor (checked against the pages and ids actually built, including causes rendered from
 * trees), and gives every page a strict Content-Security-Policy. Astro's own `security.csp`
 * does not hash the inline scripts Starlight ships (`is:inline`), so hashes are taken here,
 * from the final HTML.
 */
export function kbPostbuild(): AstroIntegration {
  let base = "/";
  return {
    name: "kb-postbuild",
    hooks: {
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const pages = new Map<string, PageLinks>();
        const files = new Set<string>();
        for (const file of walk(root)) {
          const route = `${base}${relative(root, file).split(sep).join("/")}`;
          files.add(route);
          if (file.endsWith(".html")) {
            const html = readFileSync(file, "utf8");
            pages.set(route.replace(/index\.html$/, ""), readPage(html));
            // Every page gets a strict Content-Security-Policy with its own script hashes.
            writeFileSync(file, withPolicy(html));
          }
        }
        const broken = findBrokenLinks(pages, files, base);
        if (broken.length > 0) {
          const lines = broken.map(
            (b) => `  ${b.page}  site-broken-link  "${b.text}" → ${b.href}: ${b.reason}`,
          );
          throw new Error(
            `[site-broken-link] ${broken.length} broken internal link(s); the site is not published with them.\n${lines.join("\n")}\n` +
              "Fix the link in the article (or the `section` of the tree cause it comes from), or add the heading it points to.",
          );
        }
        logger.info(`checked the internal links of ${pages.size} pages: none broken`);
      },
    },
  };
}
