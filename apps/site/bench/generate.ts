import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { categoryIds as categories } from "@kb/rules/schema";

const words =
  "request response header token retry timeout gateway client server payload schema field webhook signature endpoint latency connection certificate proxy firewall quota limit window backoff jitter idempotent replay cache version deploy region tenant account scope permission log trace span correlation identifier upstream downstream queue worker batch consumer producer".split(
    " ",
  );
const trees = [
  "authentication",
  "rate-limits",
  "network",
  "webhooks",
  "bad-request",
  "server-errors",
  "not-found",
  "schema-mismatch",
];

/** A deterministic pseudo-random sequence, so every run generates the same articles. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

function sentence(next: () => number): string {
  const n = 8 + Math.floor(next() * 14);
  const text = Array.from({ length: n }, () => words[Math.floor(next() * words.length)]).join(" ");
  return `${text.charAt(0).toUpperCase()}${text.slice(1)}.`;
}

function paragraph(next: () => number): string {
  return Array.from({ length: 4 + Math.floor(next() * 3) }, () => sentence(next)).join(" ");
}

/** About 750 words with headings, a code block and frontmatter; a widget on every fourth. */
function article(i: number): string {
  const next = random(i + 1);
  const tree = i % 4 === 0 ? `tree: ${trees[i % trees.length]}\n` : "";
  const sections = ["Symptoms", "Causes", "Prevention", "References"].map(
    (h, k) =>
      `## ${h}\n\n${paragraph(next)}\n\n${paragraph(next)}\n\n${k === 1 ? '```sh\ncurl -si https://api.example.com/v1/items -H "Authorization: Bearer $TOKEN"\n```\n\n' : ""}${paragraph(next)}\n`,
  );
  return `---
title: Generated article ${i} about ${words[i % words.length]} failures
description: A generated article for benchmarks, about ${words[(i * 7) % words.length]} and ${words[(i * 11) % words.length]} problems in an integration.
type: troubleshooting
category: ${categories[i % categories.length]}
errorCodes: ["${[400, 401, 403, 404, 429, 500, 503][i % 7]}"]
symptoms:
  - ${sentence(next).toLowerCase()}
keywords: [${words[i % words.length]}, ${words[(i * 3) % words.length]}]
${tree}lastReviewed: 2026-11-25
---

${paragraph(next)}

${sections.join("\n")}
See also [rate limiting](/rate-limiting/) and [the general steps](/general-troubleshooting-steps/).
`;
}

/** The real articles (which the site's trees and pages link to) plus `count` generated ones. */
export function generateContent(source: string, target: string, count: number): void {
  mkdirSync(target, { recursive: true });
  for (const name of readdirSync(source)) {
    if (/\.(mdx|yaml)$/.test(name) && !name.startsWith("_"))
      copyFileSync(join(source, name), join(target, name));
  }
  for (let i = 0; i < count; i++) writeFileSync(join(target, `generated-${i}.mdx`), article(i));
}
