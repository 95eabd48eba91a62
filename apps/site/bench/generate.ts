import { copyFileSync, mkdirSync, readdirSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { sentence, topics } from "./prose.ts";

/** A deterministic pseudo-random sequence, so every run generates the same articles. */
function random(seed: number) {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

/** A made-up product name per article, so titles and bodies differ as real ones do. */
function product(i: number): string {
  const a = [
    "North",
    "Blue",
    "Iron",
    "Quick",
    "Silver",
    "Harbor",
    "Cedar",
    "Lumen",
    "Delta",
    "Orbit",
  ];
  const b = ["pay", "desk", "ledger", "ship", "mail", "stack", "cart", "sign", "form", "track"];
  const c = ["", " Cloud", " API", " Connect", " Hub"];
  return `${a[i % a.length]}${b[Math.floor(i / a.length) % b.length]}${c[Math.floor(i / 100) % c.length]}`;
}

/**
 * About 750 words of prose in the shape of a real article: one product and one problem area,
 * sentences built from templates with the area's vocabulary, headings, a code block, and
 * frontmatter; a triage widget on every fourth article.
 */
function article(i: number): string {
  const next = random(i + 1);
  const topic = topics[i % topics.length] as (typeof topics)[number];
  const name = product(i);
  const para = () =>
    Array.from({ length: 3 + Math.floor(next() * 3) }, () => sentence(topic, name, next)).join(" ");
  const sections = ["Symptoms", "Causes", "How to confirm it", "Fix", "Prevention"].map(
    (h, k) =>
      `## ${h}\n\n${para()}\n\n${para()}\n\n${k === 2 ? `\`\`\`sh\ncurl -si https://api.${name.toLowerCase().replace(/\s+/g, "")}.example/v1/${topic.path} -H "Authorization: Bearer $TOKEN"\n\`\`\`\n\n` : ""}`,
  );
  const tree = i % 4 === 0 ? `tree: ${topic.tree}\n` : "";
  return `---
title: "${name}: ${topic.title}"
description: Why ${name} integrations ${topic.symptom}, and how to fix it.
type: troubleshooting
category: ${topic.category}
errorCodes: ["${topic.code}"]
symptoms:
  - ${name} ${topic.symptom}
keywords: [${name.toLowerCase()}, ${topic.keywords.join(", ")}]
${tree}lastReviewed: 2026-11-25
---

${para()}

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
