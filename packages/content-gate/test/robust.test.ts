import { describe, expect, test } from "vitest";
import { problemCatalog } from "@kb/rules";
import { checkArticleSource, checkDataSource } from "../src/index.ts";
import { fixture } from "./support.ts";

const valid = fixture("frontmatter", "valid.mdx");

/** A small deterministic generator (mulberry32), so a failure can be replayed. */
function random(seed: number) {
  return () => {
    seed = (seed + 0x6d2b79f5) | 0;
    let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

describe("the gate never throws: every failure is a problem with a catalog id", () => {
  test.each([
    ["20,000 nested blockquotes", `${">".repeat(20_000)} x\n`],
    [
      "3,000 nested list items",
      Array.from({ length: 3000 }, (_, i) => `${" ".repeat(i * 2)}- x`).join("\n"),
    ],
    ["50,000 open brackets", "[".repeat(50_000)],
    ["5,000 unclosed components", "<Causes>".repeat(5000)],
    ["10,000 nested braces", `${"{".repeat(10_000)}${"}".repeat(10_000)}`],
  ])("%s, within a second", (_, body) => {
    const start = performance.now();
    const report = checkArticleSource("content/x.mdx", `${valid}\n${body}`);
    expect(performance.now() - start).toBeLessThan(1000);
    for (const p of report.problems) expect(Object.keys(problemCatalog)).toContain(p.id);
  });

  test("random mixes of MDX, YAML and JavaScript syntax", () => {
    const next = random(12);
    const parts = [
      "{",
      "}",
      "<",
      ">",
      "/*",
      "*/",
      "---",
      "\n",
      "import ",
      "export ",
      "[x](",
      ")",
      "`",
      ":",
      "&#",
      "Causes",
      " ",
      "a",
      "!",
      "\\",
      '"',
      "*",
      "#",
    ];
    for (let run = 0; run < 300; run++) {
      const text = Array.from(
        { length: 1 + Math.floor(next() * 60) },
        () => parts[Math.floor(next() * parts.length)],
      ).join("");
      for (const source of [text, `${valid}${text}`]) {
        const report = checkArticleSource("content/x.mdx", source);
        for (const p of report.problems) {
          expect(Object.keys(problemCatalog), JSON.stringify(source)).toContain(p.id);
          expect(p.line, JSON.stringify(source)).toBeGreaterThanOrEqual(1);
        }
        expect(() => checkDataSource(text, "x.yaml", { strict: true })).not.toThrow();
      }
    }
  });
});
