import { chromium, type Browser } from "playwright-core";

/** Flags for Debian's Chromium on a machine without a network or a display. */
export const chromiumArgs = [
  "--headless",
  "--no-sandbox",
  "--disable-gpu",
  "--disable-background-networking",
  "--disable-component-update",
  "--disable-sync",
  "--no-first-run",
];

/** Launches Debian's Chromium (or KB_CHROMIUM); used by the browser tests and the benchmark. */
export function launch(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.KB_CHROMIUM ?? "/usr/bin/chromium",
    args: chromiumArgs,
  });
}
