import { readdirSync, readFileSync, statSync, writeFileSync } from "node:fs";
import { join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { Worker } from "node:worker_threads";
import type { AstroIntegration } from "astro";
import { withPolicy } from "../lib/csp.ts";
import { checkPageOutput, type OutputProblem } from "../lib/output-check.ts";
import { checkTrustedScripts, starlightDir } from "../lib/trusted-script-sources.ts";
import { trustedScriptHashes } from "../lib/trusted-scripts.ts";
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
function startCollector(check: { scriptDir: string; trusted: string[] }) {
  const pages = new Map<string, PageLinks>();
  const problems = new Map<string, OutputProblem[]>();
  const options = { scriptDir: check.scriptDir, trusted: new Set(check.trusted) };
  let worker: Worker | undefined;
  let inFlight = 0;
  const read = { worker: 0, main: 0 };
  let drained: (() => void) | undefined;
  try {
    // The worker keeps nothing between pages; a small heap makes it collect the copies of the
    // pages it was sent early instead of letting them add to the build's peak memory.
    worker = new Worker(new URL("../lib/link-worker.ts", import.meta.url), {
      resourceLimits: { maxOldGenerationSizeMb: 128, maxYoungGenerationSizeMb: 16 },
      workerData: check,
    });
    worker.on("message", (page: PageRead & { problems: OutputProblem[] }) => {
      pages.set(page.path, { ids: new Set(page.ids), links: page.links });
      if (page.problems.length > 0) problems.set(page.path, page.problems);
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
        const found = checkPageOutput(html, options);
        if (found.length > 0) problems.set(path, found);
        read.main++;
      }
    },
  });
  return {
    /** How many pages were read on the worker thread and on this one. */
    read,
    /** The output check's findings, by page, for the pages read so far. */
    problems,
    async finish(): Promise<Map<string, PageLinks>> {
      setPageCollector(undefined);
      const w = worker;
      if (w && inFlight > 0) await new Promise<void>((resolve) => (drained = resolve));
      await w?.terminate();
      return pages;
    },
  };
}

/** The output check's findings as one error message: page, id, what, and the markup. */
export function outputReport(problems: Map<string, OutputProblem[]>): string {
  const lines = [...problems].flatMap(([page, found]) =>
    found.map((p) => `  ${page}  ${p.id}  ${p.message}\n      ${p.snippet.replace(/\s+/g, " ")}`),
  );
  return (
    `[site-unsafe-output] ${lines.length} piece(s) of markup that could run code or take the reader elsewhere; the site is not published with them.\n${lines.join("\n")}\n` +
    "Each id is explained at /contributing/errors/. Content cannot carry scripts, event handlers, script URLs, redirects, <base> or frames: remove the markup from the article (or the tree or data it comes from). If it is the site's own, see the id's fix there."
  );
}

function walk(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? walk(path) : [path];
  });
}

/**
 * Refuses to publish a site with a broken internal link or anchor, checked against the pages
 * and ids actually built (including causes rendered from trees), or with markup that could run
 * code (lib/output-check.ts). Before the build, checks that Starlight's inline scripts are still
 * the reviewed ones the policy trusts (lib/trusted-scripts.ts). The pages' links were read as
 * they were built (src/middleware.ts, which also sets each page's Content-Security-Policy);
 * a page the middleware did not see is read from disk and given its policy here.
 */
export function kbPostbuild(): AstroIntegration {
  let base = "/";
  let srcDir = "";
  const check = () => ({ scriptDir: `${base}_astro/`, trusted: [...trustedScriptHashes] });
  let collector: ReturnType<typeof startCollector> | undefined;
  return {
    name: "kb-postbuild",
    hooks: {
      "astro:build:start": () => {
        // The inline scripts the policy allows must be exactly the reviewed ones.
        const changed = checkTrustedScripts(starlightDir(), srcDir);
        if (changed.length > 0) throw new Error(changed.join("\n"));
        collector = startCollector(check());
      },
      "astro:config:done": ({ config }) => {
        base = config.base.endsWith("/") ? config.base : `${config.base}/`;
        srcDir = fileURLToPath(config.srcDir);
      },
      "astro:build:done": async ({ dir, logger }) => {
        const root = fileURLToPath(dir);
        const read = collector?.read ?? { worker: 0, main: 0 };
        const problems = collector?.problems ?? new Map<string, OutputProblem[]>();
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
              const found = checkPageOutput(html, {
                scriptDir: `${base}_astro/`,
                trusted: new Set(trustedScriptHashes),
              });
              if (found.length > 0) problems.set(path, found);
            }
            pages.set(path, page);
          }
        }
        if (problems.size > 0) throw new Error(outputReport(problems));
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
