import type { Page, Response } from "playwright-core";
import { preview } from "astro";
import { launch } from "../test/support/chromium.ts";

/**
 * What a page receives while `action` runs: all bytes on the wire (bodies and headers), and
 * the JavaScript's bodies alone (gzip as served), with how many files that was.
 */
async function transferred(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ all: number; js: number; jsFiles: number }> {
  const sizes: Promise<{ body: number; headers: number; js: boolean }>[] = [];
  const onResponse = (r: Response) => {
    sizes.push(
      r
        .request()
        .sizes()
        .then((s) => ({
          body: s.responseBodySize,
          headers: s.responseHeadersSize,
          js: /\.m?js(\?|$)/.test(r.url()),
        })),
    );
  };
  page.on("response", onResponse);
  await action();
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const all = await Promise.all(sizes);
  const js = all.filter((x) => x.js);
  return {
    all: all.reduce((s, x) => s + x.body + x.headers, 0),
    js: js.reduce((s, x) => s + x.body, 0),
    jsFiles: js.length,
  };
}

export interface BrowserFigures {
  firstLoad: number;
  jsBeforeInteraction: number;
  jsFilesBeforeInteraction: number;
  firstSearch: number;
  secondSearch: number;
  /** Answer → next question: the first (the code loads on that click) and a later one. */
  answerMs?: { first: number; next: number };
}

/** Serves a built site and measures an article's first load, two searches and (ours) an answer. */
export async function browserFigures(
  root: string,
  outDir: string,
  article: string,
  withWidget: boolean,
): Promise<BrowserFigures> {
  process.env.KB_OUT_DIR = outDir;
  const server = await preview({ root, server: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
  const browser = await launch();
  try {
    const page = await (
      await browser.newContext({ viewport: { width: 1280, height: 900 } })
    ).newPage();
    const url = `http://127.0.0.1:${server.port}${article}`;
    const load = await transferred(page, () => page.goto(url));
    const search = async (q: string) =>
      transferred(page, async () => {
        await page.locator("site-search .pagefind-ui__search-input").fill(q);
        await page.waitForSelector(".pagefind-ui__result-link", { timeout: 15_000 });
      });
    await page.locator("site-search button[data-open-modal]").click();
    const first = await search("timeout");
    const second = await search("webhook signature");
    let answerMs: { first: number; next: number } | undefined;
    if (withWidget) {
      await page.keyboard.press("Escape");
      await page.goto(url);
      await page.waitForLoadState("networkidle");
      // Time from a click to the next question (or result) in the DOM, measured in the page.
      // The first click comes with no pointer movement before it, so the widget's code loads
      // on the click itself (the slowest case); the second finds it loaded.
      const answer = () =>
        page.evaluate(
          () =>
            new Promise<number>((resolve) => {
              const app = document.querySelector("kb-triage [data-app]") as HTMLElement;
              const before = app.querySelector(".kb-question h3")?.textContent;
              const start = performance.now();
              new MutationObserver((_, observer) => {
                const now = app.querySelector(".kb-question h3, .kb-result h3")?.textContent;
                if (now && now !== before) {
                  observer.disconnect();
                  resolve(performance.now() - start);
                }
              }).observe(app, { childList: true, subtree: true, characterData: true });
              (app.querySelector("button.kb-answer") as HTMLButtonElement).click();
            }),
        );
      const first = await answer();
      await page.locator("kb-triage .kb-question h3:focus").waitFor();
      answerMs = { first, next: await answer() };
    }
    return {
      firstLoad: load.all,
      jsBeforeInteraction: load.js,
      jsFilesBeforeInteraction: load.jsFiles,
      firstSearch: first.all,
      secondSearch: second.all,
      ...(answerMs !== undefined ? { answerMs } : {}),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
