// pnpm bench: builds the knowledge base and a plain Starlight site from the same generated
// articles (1,000 and 5,000 by default; KB_BENCH_SIZES=200 for a quick run), measures both in
// Chromium, and writes docs/benchmarks.md. Scratch data goes to the system's temp folder.
import { execFileSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import os from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { browserFigures, type BrowserFigures } from "./browser-figures.ts";
import { generateContent } from "./generate.ts";
import { clearContentCache, folderStats, timedBuild } from "./measure.ts";

const site = fileURLToPath(new URL("..", import.meta.url));
const plain = fileURLToPath(new URL("./plain/", import.meta.url));
const repo = fileURLToPath(new URL("../../../", import.meta.url));
const astro = join(site, "node_modules/astro/bin/astro.mjs");
const sizes = (process.env.KB_BENCH_SIZES ?? "1000,5000").split(",").map(Number);
const kb = (n: number) => `${(n / 1024).toFixed(1)} KB`;

interface Row {
  n: number;
  who: "ours" | "plain";
  seconds: number;
  peakMb: number;
  pages: number;
  pagefindBytes: number;
  distBytes: number;
  browser?: BrowserFigures;
}

const rows: Row[] = [];
for (const n of sizes) {
  const scratch = mkdtempSync(join(os.tmpdir(), `kb-bench-${n}-`));
  try {
    const content = join(scratch, "content");
    generateContent(join(repo, "content"), content, n);
    for (const [who, root] of [
      ["ours", site],
      ["plain", plain],
    ] as const) {
      const out = join(scratch, `dist-${who}`);
      console.log(`building ${who} with ${n} generated articles…`);
      const build = await timedBuild(
        root,
        { KB_CONTENT_DIR: content, KB_OUT_DIR: out, ASTRO_TELEMETRY_DISABLED: "1" },
        astro,
      );
      const dist = folderStats(out);
      const row: Row = {
        n,
        who,
        seconds: build.seconds,
        peakMb: build.peakMb,
        pages: dist.matching,
        pagefindBytes: folderStats(join(out, "pagefind"), /$^/).bytes,
        distBytes: dist.bytes,
      };
      if (n === Math.max(...sizes))
        row.browser = await browserFigures(root, out, "/generated-4/", who === "ours");
      rows.push(row);
      console.log(
        `  ${build.seconds.toFixed(1)} s, peak ${build.peakMb.toFixed(0)} MB, ${dist.matching} pages`,
      );
    }
  } finally {
    rmSync(scratch, { recursive: true, force: true });
    clearContentCache(site);
    clearContentCache(plain);
  }
}

const rules = execFileSync(process.execPath, [join(repo, "packages/rules/bench/run.ts")], {
  encoding: "utf8",
}).trim();
const ratio = (n: number) => {
  const ours = rows.find((r) => r.n === n && r.who === "ours");
  const base = rows.find((r) => r.n === n && r.who === "plain");
  return ours && base ? (ours.seconds / base.seconds).toFixed(2) : "–";
};
const table = [
  "| Articles | Site | Build | Peak RSS | Pages/s | Pagefind index | dist | Ours/plain build time |",
  "| ---: | --- | ---: | ---: | ---: | ---: | ---: | ---: |",
  ...rows.map(
    (r) =>
      `| ${r.n} | ${r.who} | ${r.seconds.toFixed(1)} s | ${r.peakMb.toFixed(0)} MB | ${(r.pages / r.seconds).toFixed(0)} | ${(r.pagefindBytes / 2 ** 20).toFixed(1)} MB | ${(r.distBytes / 2 ** 20).toFixed(0)} MB | ${r.who === "ours" ? ratio(r.n) : ""} |`,
  ),
];
const browserRows = rows
  .filter((r) => r.browser)
  .map(
    (r) =>
      `| ${r.who} | ${kb(r.browser?.firstLoad ?? 0)} | ${kb(r.browser?.jsBeforeInteraction ?? 0)} | ${kb(r.browser?.firstSearch ?? 0)} | ${kb(r.browser?.secondSearch ?? 0)} | ${r.browser?.answerMs !== undefined ? `${r.browser.answerMs.toFixed(1)} ms` : "–"} |`,
  );
const report = `# Benchmarks

Written by \`pnpm bench\` on ${new Date().toISOString().slice(0, 10)}: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}.
Each size is the site's own 11 articles plus that many generated ones (about 750 words, headings,
a code block; every fourth embeds a triage widget). "plain" is Starlight with its defaults and the
same sidebar shape, built from the same files.

## Builds

${table.join("\n")}

## In Chromium, at ${Math.max(...sizes)} articles (an article with a widget; bytes as served by \`astro preview\`, uncompressed)

| Site | Article first load | JavaScript before interaction | First search | Second search | Answer → next question |
| --- | ---: | ---: | ---: | ---: | ---: |
${browserRows.join("\n")}

The widget sits at the top of an article, so it comes into view at once and its code (about 17 KB
gzip) loads with the page; on pages where it starts below the fold it loads only when scrolled to.

## @kb/rules

\`\`\`
${rules}
\`\`\`
`;
writeFileSync(join(repo, "docs/benchmarks.md"), report);
console.log(report);
