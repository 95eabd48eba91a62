// Reads built pages' ids and links off the main thread, so the link check's parsing runs on
// the second core while Astro renders the next pages. Started by integrations/kb-postbuild.ts,
// fed by src/middleware.ts through it.
import { parentPort, workerData } from "node:worker_threads";
import { readPage, type PageRead } from "./link-check.ts";
import { checkPageOutput, type OutputProblem } from "./output-check.ts";

// The output check (output-check.ts) reads the same page here, off the main thread too.
const check = workerData as { scriptDir: string; trusted: string[] };
const options = { scriptDir: check.scriptDir, trusted: new Set(check.trusted) };

// Each page's ids and links go straight back, so this thread holds nothing between pages and
// its heap stays small (it runs with a low memory limit).
parentPort?.on("message", ({ path, html }: { path: string; html: string }) => {
  const page = readPage(html);
  const read: PageRead & { problems: OutputProblem[] } = {
    path,
    ids: [...page.ids],
    links: page.links,
    problems: checkPageOutput(html, options),
  };
  parentPort?.postMessage(read);
});
