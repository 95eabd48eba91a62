import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { checkSlug } from "@kb/content-gate";
import { findRepo } from "../repo.ts";
import { UsageError } from "../usage.ts";

/**
 * The slug the user typed, or a usage error naming the problem id, what is wrong and an
 * example. The content gate's rules, so `kb check` accepts whatever `kb new` creates.
 */
function requireSlug(value: string | undefined, what: string, command: string): string {
  const [problem] = checkSlug(value ?? "");
  if (problem)
    throw new UsageError(
      `"${value ?? ""}" is not a valid ${what} (${problem.id}): ${problem.message} ${problem.hint}`,
      `pnpm kb new ${command} oauth-redirect-mismatch`,
    );
  return value ?? "";
}

function refuseExisting(path: string, rel: string): void {
  if (existsSync(path))
    throw new UsageError(
      `${rel} already exists; kb new never overwrites a file.`,
      `edit ${rel}, or pick another name`,
    );
}

const titleOf = (slug: string) => slug.replace(/-/g, " ").replace(/^./, (c) => c.toUpperCase());

/** Placeholder causes whose anchors match the stub tree's `section` values. */
const PLACEHOLDER_CAUSES = `### First cause

Why it happens, in two or three sentences.

**Confirm it.** The command to run, the header or field to read.

**Fix.** The steps, in order.

### Second cause

Why it happens.

**Confirm it.** How to tell.

**Fix.** What to do.`;

/** `kb new article <slug>`: content/<slug>.mdx from content/_template.mdx. */
export function newArticle(input: string | undefined): number {
  const slug = requireSlug(input, "article slug", "article");
  const repo = findRepo();
  const path = join(repo.contentDir, `${slug}.mdx`);
  refuseExisting(path, repo.rel(path));
  const hasTree = existsSync(join(repo.treesDir, `${slug}.yaml`));
  const text = readFileSync(join(repo.contentDir, "_template.mdx"), "utf8")
    .replace("__TITLE__", titleOf(slug))
    .replace("__DATE__", new Date().toISOString().slice(0, 10))
    .replace("__TREE__", hasTree ? `tree: ${slug}\n` : "")
    .replace("__IMPORT__", hasTree ? '\nimport { Causes } from "@kb/components";\n' : "")
    .replace("__CAUSES__", hasTree ? "<Causes />" : PLACEHOLDER_CAUSES);
  writeFileSync(path, text);
  process.stdout.write(
    `Created ${repo.rel(path)}.\n` +
      (hasTree
        ? `It embeds the tree packages/rules/trees/${slug}.yaml and renders its causes.\n`
        : `To add a triage widget: pnpm kb new tree ${slug}, then set \`tree: ${slug}\` and replace the ### causes with <Causes />.\n`) +
      "Next: write it, then run pnpm kb check.\n",
  );
  return 0;
}

/** `kb new tree <id>`: a tree stub that already passes every check. */
export function newTree(input: string | undefined): number {
  const id = requireSlug(input, "tree id", "tree");
  const repo = findRepo();
  const path = join(repo.treesDir, `${id}.yaml`);
  refuseExisting(path, repo.rel(path));
  writeFileSync(
    path,
    `# yaml-language-server: $schema=../schema/tree.schema.json
# A triage tree: questions lead to causes. See CONTRIBUTING.md, "How trees work".
id: ${id}
title: ${titleOf(id)} — what is the cause?
symptom: Describe the failure as the reader sees it
article: ${id}
start: every-request

questions:
  - id: every-request
    type: yesno
    text: Does it fail on every request?
    help: Where to look to answer this, e.g. the logs or \`curl -i\`.
    yes:
      cause: first-cause
    no:
      cause: second-cause

causes:
  - id: first-cause
    title: First cause
    likelihood: common
    why: Why it happens.
    confirm: How to confirm it.
    fix:
      - The first step of the fix.
    section: ${id}#first-cause
  - id: second-cause
    title: Second cause
    why: Why it happens.
    confirm: How to confirm it.
    fix:
      - The first step of the fix.
    section: ${id}#second-cause

examples:
  - name: fails every time
    answers: { every-request: "yes" }
    cause: first-cause
  - name: fails sometimes
    answers: { every-request: "no" }
    cause: second-cause
`,
  );
  process.stdout.write(
    `Created ${repo.rel(path)}.\nTry it: pnpm kb triage ${id}\nIts article: pnpm kb new article ${id}\n`,
  );
  return 0;
}
