import { gzipSync } from "node:zlib";
import { fileURLToPath } from "node:url";
import { build } from "esbuild";
import { browserAliases } from "../src/browser-aliases.ts";

/** What the widget imports from @kb/rules at first use, and what it loads on a paste. */
export const entries = {
  runtime:
    "export { createTriage, parseState, serializeState, treesInState, explain, formatReport } from './src/runtime.ts';",
  incident: "export { parseIncident } from './src/incident.ts';",
};

/** Bundles an entry for the browser as the site does (same aliases, minified) and measures it. */
export async function bundleSize(
  entry: keyof typeof entries,
): Promise<{ bytes: number; gzip: number }> {
  const root = fileURLToPath(new URL("..", import.meta.url));
  const alias = Object.fromEntries(
    Object.entries(browserAliases).map(([name, target]) => [
      name,
      fileURLToPath(import.meta.resolve(target)),
    ]),
  );
  const result = await build({
    stdin: { contents: entries[entry], resolveDir: root, loader: "ts" },
    bundle: true,
    minify: true,
    format: "esm",
    platform: "browser",
    write: false,
    alias,
    logLevel: "silent",
  });
  const code = result.outputFiles[0]?.contents ?? new Uint8Array();
  return { bytes: code.length, gzip: gzipSync(code, { level: 9 }).length };
}
