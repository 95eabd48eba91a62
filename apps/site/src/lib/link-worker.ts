// Reads built pages' ids and links off the main thread, so the link check's parsing runs on
// the second core while Astro renders the next pages. Started by integrations/kb-postbuild.ts,
// fed by src/middleware.ts through it.
import { parentPort } from "node:worker_threads";
import { readPage, type PageRead } from "./link-check.ts";

// Each page's ids and links go straight back, so this thread holds nothing between pages and
// its heap stays small (it runs with a low memory limit).
parentPort?.on("message", ({ path, html }: { path: string; html: string }) => {
  const page = readPage(html);
  const read: PageRead = { path, ids: [...page.ids], links: page.links };
  parentPort?.postMessage(read);
});
