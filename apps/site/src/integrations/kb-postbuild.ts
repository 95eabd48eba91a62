import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { withPolicy } from "../lib/csp.ts";
import {
  findBrokenLinks,
  readPage,
  setPageCollector,
  type PageLinks,
  type PageRead,
} from "../lib/link-check.ts";

/** Pages waiting for the worker, at most: past this, pages are read on the main thread. */
const MAX_IN_FLIGHT = 32;

/**
 * Collects the pages as they are built and reads their links on a worker thread; `finish`
 * returns what it read. If the worker cannot run, or has a backlog (each waiting page is a copy
 * of its HTML in memory), pages are read on this thread instead.
 */
function startCollector() {
  const pages = new Map<string, PageLinks>();
  let worker: Worker | undefined;
  let inFlight = 0;
  const read = { worker: 0, main: 0 };
  let drained: (() => void) | undefined;
  try {
    // The worker keeps nothing between pages; a small heap makes it collect the copies of the
    // pages it was sent early instead of letting them add to the build's peak memory.
    worker = new Worker(new URL("../lib/link-worker.ts", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
    });
    worker.on("message", (page: PageRead) => {
      pages.set(page.path, { ids: new Set(page.ids), links: page.links });
      read.worker++;
      inFlight--;
      if (inFlight === 0) drained?.();
    });
    // Pages it had not answered for are read back from disk by the caller.
    worker.on("error", () => {
      worker = undefined;
      drained?.();
    });
    worker.unref();
  } catch {
    worker = undefined;
  }
  setPageCollector({
    add(path, html) {
      if (worker && inFlight < MAX_IN_FLIGHT) {
        inFlight++;
        worker.postMessage({ path, html });
      } else {
        pages.set(path, readPage(html));
        read.main++;
      }
    },
  });
  return {
    /** How many pages were read on the worker thread and on this one. */
    read,
    async finish(): Promise<Map<string, PageLinks>> {
      setPageCollector(undefined);
      const w = worker;
      if (w && inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await w?.terminate();
      return pages;
    },
  };
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Refuses to publish a site with a broken internal link or anchor, checked against the pages
 * and ids actually built (including causes rendered from trees). The pages' links were read as
 * they were built (src/middleware.ts, which also sets each page's Content-Security-Policy);
 * a page the middleware did not see is read from disk and given its policy here.
 */
export function kbPostbuild(): AstroIntegration {
  let base = "/";
  let collector: ReturnType<typeof startCollector> | undefined;
  return {
    name: "kb-postbuild",
    hooks: {
      "astro:build:start": () => {
        collector = startCollector();
      },
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = collector?.read ?? { worker: 0, main: 0 };
        const seen = (await collector?.finish()) ?? new Map<string, PageLinks>();
        collector = undefined;
        const pages = new Map<string, PageLinks>();
        const files = new Set<string>();
        let fromDisk = 0;
        for (const file of walk(root)) {
          const route = `${base}${relative(root, file).split(sep).join("/")}`;
          files.add(route);
          if (file.endsWith(".html")) {
            const path = route.replace(/index\.html$/, "");
            // The middleware sees /404/ for the page written as /404.html.
            let page = seen.get(path) ?? seen.get(path.replace(/\.html$/, "/"));
            if (!page) {
              fromDisk++;
              // Not built through the middleware: give it its policy here.
              const raw = readFileSync(file, "utf8");
              const html = raw.includes('http-equiv="content-security-policy"')
                ? raw
                : withPolicy(raw);
              if (html !== raw) writeFileSync(file, html);
              page = readPage(html);
            }
            pages.set(path, page);
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
        logger.info(
          `checked the internal links of ${pages.size} pages (${read.worker} read on a worker thread, ${read.main} on the main thread, ${fromDisk} from disk): none broken`,
        );
      },
    },
  };
}
