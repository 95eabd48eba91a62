// Reads built pages' ids and links off the main thread, so the link check's parsing runs on
// the second core while Astro renders the next pages. Started by integrations/kb-postbuild.ts;
// fed by src/middleware.ts; asked for everything it read when the build is done.
import { parentPort } from "node:worker_threads";
import { readPage } from "./link-check.ts";

type Message = { path: string; html: string } | "done";

const pages: [string, { ids: string[]; links: { href: string; text: string }[] }][] = [];
parentPort?.on("message", (message: Message) => {
  if (message === "done") {
    parentPort?.postMessage(pages);
    return;
  }
  const page = readPage(message.html);
  pages.push([message.path, { ids: [...page.ids], links: page.links }]);
  // One page done: the main thread counts what is still waiting.
  parentPort?.postMessage(1);
});
