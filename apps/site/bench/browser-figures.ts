import type { Page, Response } from "playwright-core";
import { preview } from "astro";
import { launch } from "../test/support/chromium.ts";

/** Bytes of the responses a page receives while `action` runs, in total and for JavaScript. */
async function transferred(
  page: Page,
  action: () => Promise<unknown>,
): Promise<{ all: number; js: number }> {
  const sizes: Promise<{ bytes: number; js: boolean }>[] = [];
  const onResponse = (r: Response) => {
    sizes.push(
      r
        .request()
        .sizes()
        .then((s) => ({
          bytes: s.responseBodySize + s.responseHeadersSize,
          js: /\.m?js(\?|$)/.test(r.url()),
        })),
    );
  };
  page.on("response", onResponse);
  await action();
  await page.waitForLoadState("networkidle");
  page.off("response", onResponse);
  const all = await Promise.all(sizes);
  return {
    all: all.reduce((s, x) => s + x.bytes, 0),
    js: all.filter((x) => x.js).reduce((s, x) => s + x.bytes, 0),
  };
}

export interface BrowserFigures {
  firstLoad: number;
  jsBeforeInteraction: number;
  firstSearch: number;
  secondSearch: number;
  answerMs?: number;
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
    let answerMs: number | undefined;
    if (withWidget) {
      await page.keyboard.press("Escape");
      await page.goto(url);
      await page.locator("kb-triage [data-app]:not([hidden]) button.kb-answer").first().waitFor();
      // Time from the click to the next question's heading in the DOM, measured in the page.
      answerMs = await page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            const app = document.querySelector("kb-triage [data-app]") as HTMLElement;
            const before = app.querySelector("h3")?.textContent;
            const start = performance.now();
            new MutationObserver((_, observer) => {
              const now = app.querySelector(".kb-question h3, .kb-result h3")?.textContent;
              if (now && now !== before) {
                observer.disconnect();
                resolve(performance.now() - start);
              }
            }).observe(app, { childList: true, subtree: true });
            (app.querySelector("button.kb-answer") as HTMLButtonElement).click();
          }),
      );
    }
    return {
      firstLoad: load.all,
      jsBeforeInteraction: load.js,
      firstSearch: first.all,
      secondSearch: second.all,
      ...(answerMs !== undefined ? { answerMs } : {}),
    };
  } finally {
    await browser.close();
    await server.stop();
  }
}
