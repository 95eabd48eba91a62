import { readFileSync } from "node:fs";
import { gzipSync } from "node:zlib";

const dist = new URL("../../dist/", import.meta.url);

export const gzip = (text: string | Buffer) => gzipSync(text, { level: 9 }).length;
export const readDist = (path: string) => readFileSync(new URL(path.replace(/^\//, ""), dist));

/** A chunk and every chunk it imports statically (dynamic `import()` loads later, on demand). */
export function withStaticImports(path: string, seen = new Set<string>()): Set<string> {
  if (seen.has(path)) return seen;
  seen.add(path);
  const code = readDist(path).toString("utf8");
  for (const m of code.matchAll(/(?:\bfrom|\bimport)\s*["'`](\.\/[^"'`]+\.js)["'`]/g)) {
    withStaticImports(new URL(m[1] ?? "", `https://x${path}`).pathname, seen);
  }
  return seen;
}

/** What a page loads before any interaction: its HTML, CSS, and JavaScript (inline and files). */
export function pageWeight(route: string) {
  const html = readDist(`${route}index.html`).toString("utf8");
  const inlineJs = [...html.matchAll(/<script type="module">([\s\S]*?)<\/script>/g)]
    .map((m) => m[1] ?? "")
    .join("\n");
  const files = new Set<string>();
  for (const m of html.matchAll(/<script type="module" src="([^"]+)"/g))
    withStaticImports(m[1] ?? "", files);
  const css = [...html.matchAll(/<link rel="stylesheet" href="([^"]+)"(?! media="print")/g)].map(
    (m) => m[1] ?? "",
  );
  return {
    html: gzip(html),
    js: gzip(inlineJs) + [...files].reduce((sum, f) => sum + gzip(readDist(f)), 0),
    jsFiles: [...files],
    css: css.reduce((sum, f) => sum + gzip(readDist(f)), 0),
  };
}

/** The widget's own code, loaded on first use: the mount chunk and what it imports. */
export function widgetWeight(route: string): number {
  const page = pageWeight(route);
  const loader = page.jsFiles.find((f) => f.includes("Triage.astro"));
  const code = loader ? readDist(loader).toString("utf8") : "";
  const mount = /["'`](\.\/mount\.[\w-]+\.js)["'`]/.exec(code)?.[1];
  if (!mount) return 0;
  const chunks = withStaticImports(new URL(mount, `https://x${loader ?? "/"}`).pathname);
  return [...chunks]
    .filter((c) => !page.jsFiles.includes(c))
    .reduce((sum, f) => sum + gzip(readDist(f)), 0);
}
