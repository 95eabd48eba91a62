import { mkdirSync } from "node:fs";
import type { Browser, Locator, Page } from "playwright-core";
import { afterAll, beforeAll, inject } from "vitest";
import { launch } from "./chromium.ts";

export { launch };

export const baseUrl = () => inject("baseUrl");

/** A page that records console errors and uncaught exceptions, so tests can assert none happened. */
export async function openPage(
  browser: Browser,
  path: string,
  options: { width?: number; javaScript?: boolean } = {},
) {
  const context = await browser.newContext({
    viewport: { width: options.width ?? 1280, height: 900 },
    javaScriptEnabled: options.javaScript ?? true,
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on("pageerror", (e) => errors.push(String(e)));
  page.on("console", (m) => {
    if (m.type() === "error") errors.push(m.text());
  });
  await page.goto(`${baseUrl()}${path}`);
  return { page, errors, close: () => context.close() };
}

/**
 * Waits until the page's triage widget shows what a reader sees: its first view, built into the
 * page, or, when the URL carries a triage state (which loads the widget at once), the live
 * widget's view of that state.
 */
export async function widgetSettled(page: Page): Promise<void> {
  await page.locator("kb-triage [data-app] :is(.kb-question, .kb-result)").first().waitFor();
  if (new URL(page.url()).searchParams.has("triage"))
    await page.locator("kb-triage[data-ready]").waitFor({ state: "attached" });
}

/** Opens the widget's paste box, pastes `text` and submits it, as a reader does. */
export async function pasteError(widget: Locator, text: string): Promise<void> {
  await widget.getByText("Paste your error instead").click();
  await widget.locator("textarea").fill(text);
  await widget.getByRole("button", { name: "Find the cause" }).click();
}

/** Writes a screenshot to apps/site/test-results/ (ignored by git), for people to look at. */
export async function screenshot(page: Page, name: string): Promise<string> {
  const dir = new URL("../../test-results/", import.meta.url);
  mkdirSync(dir, { recursive: true });
  const path = new URL(`${name}.png`, dir).pathname;
  await page.screenshot({ path, fullPage: true });
  return path;
}

/** One Chromium for the test file: launched before its tests, closed after them. */
export function useBrowser(): () => Browser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launch();
  });
  afterAll(async () => {
    await browser?.close();
  });
  return () => {
    if (!browser)
      throw new Error("The browser is not running: call useBrowser() at the top of the test file.");
    return browser;
  };
}
