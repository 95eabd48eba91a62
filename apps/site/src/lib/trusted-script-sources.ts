import { readdirSync, readFileSync } from "node:fs";
import { dirname, join, relative, sep } from "node:path";
import { fileURLToPath } from "node:url";
import { scriptHash } from "./csp.ts";
import { trustedScripts, type TrustedScript } from "./trusted-scripts.ts";

/** An inline script found in a component's source. */
export interface SourceScript {
  file: string;
  index: number;
  hash: string;
  text: string;
}

/**
 * The `<script is:inline>` blocks of `.astro` files under `dir` (Astro copies their text into
 * the page unchanged). These are trusted source files, not content, so a pattern is enough.
 */
export function inlineScriptsIn(dir: string): SourceScript[] {
  const found: SourceScript[] = [];
  for (const path of astroFiles(dir)) {
    const file = relative(dir, path).split(sep).join("/");
    let index = 0;
    for (const m of readFileSync(path, "utf8").matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/g)) {
      if (!/\bis:inline\b/.test(m[1] ?? "")) continue;
      const text = m[2] ?? "";
      found.push({ file, index: index++, hash: scriptHash(text), text });
    }
  }
  return found;
}

function astroFiles(dir: string): string[] {
  // Sorted, so that messages come in the same order on every machine.
  const entries = readdirSync(dir, { withFileTypes: true }).sort((a, b) =>
    a.name < b.name ? -1 : a.name > b.name ? 1 : 0,
  );
  return entries.flatMap((e) => {
    if (e.name === "node_modules") return [];
    const path = join(dir, e.name);
    if (e.isDirectory()) return astroFiles(path);
    return e.name.endsWith(".astro") ? [path] : [];
  });
}

/** Starlight's `dist/` folder, where its components are. */
export function starlightDir(): string {
  return dirname(fileURLToPath(import.meta.resolve("@astrojs/starlight")));
}

/**
 * Compares the inline scripts in Starlight's components and in the site's own source with the
 * reviewed list (trusted-scripts.ts) and returns what differs, one message per script, each
 * starting with its problem id. Empty when the list is exact.
 */
export function checkTrustedScripts(
  starlight: string,
  siteSrc: string,
  pinned: readonly TrustedScript[] = trustedScripts,
): string[] {
  const problems: string[] = [];
  const inStarlight = inlineScriptsIn(starlight);
  for (const s of inStarlight) {
    const pin = pinned.find((p) => p.file === s.file && p.index === s.index);
    const where = `Starlight's ${s.file} (inline script #${s.index + 1})`;
    const start = JSON.stringify(s.text.trim().slice(0, 80));
    if (!pin) {
      problems.push(
        `[site-trusted-script-unreviewed] ${where} is not in apps/site/src/lib/trusted-scripts.ts: ${start}… Read it; if it is safe, pin it there with hash ${s.hash}.`,
      );
    } else if (pin.hash !== s.hash) {
      problems.push(
        `[site-trusted-script-changed] ${where}, pinned as "${pin.purpose}", changed (pinned ${pin.hash}, now ${s.hash}): ${start}… Read the new script; if it is safe, update its hash in apps/site/src/lib/trusted-scripts.ts.`,
      );
    }
  }
  for (const p of pinned) {
    if (!inStarlight.some((s) => s.file === p.file && s.index === p.index))
      problems.push(
        `[site-trusted-script-changed] Starlight's ${p.file} no longer has inline script #${p.index + 1} ("${p.purpose}"): remove or renumber its entry in apps/site/src/lib/trusted-scripts.ts.`,
      );
  }
  for (const s of inlineScriptsIn(siteSrc)) {
    problems.push(
      `[site-trusted-script-unreviewed] src/${s.file} has a <script is:inline> (#${s.index + 1}): write it as a plain <script>, which Astro bundles into a file the policy allows.`,
    );
  }
  return problems;
}
