import { cspCatalog } from "./catalog-csp.ts";
import { gateCatalog } from "./catalog-gate.ts";
import { limitsCatalog } from "./catalog-limits.ts";
import { runtimeCatalog } from "./runtime-catalog.ts";
import { signaturesCatalog } from "./catalog-signatures.ts";

/**
 * Every problem a contributor or reader can meet has a permanent id listed here, with why it
 * matters and how to fix it. Ids never change meaning; the site lists them all at
 * /contributing/errors/, one heading per id.
 */
export const problemCatalog = {
  "tree-yaml-syntax": {
    title: "The tree file is not valid YAML",
    why: "The file cannot be read at all, so none of its questions can be checked or shown.",
    fix: "Fix the YAML at the reported line: check indentation (spaces, not tabs) and quote text that contains `: ` or starts with a special character.",
  },
  "tree-schema": {
    title: "A field of the tree is missing or has the wrong shape",
    why: "The widget, the CLI and the checks all rely on the tree format; a field they do not understand would be silently ignored or break the widget.",
    fix: "Correct the field as the message says. Editors that read `tree.schema.json` (VS Code with the YAML extension) show these mistakes as you type.",
  },
  "tree-id-mismatch": {
    title: "The tree id does not match its file name",
    why: "Articles and hand-offs find trees by id, and contributors find them by file name; the two must agree.",
    fix: "Rename the file to `<id>.yaml` or change `id` to the file name.",
  },
  "tree-duplicate-id": {
    title: "Two items share an id",
    why: "Answers and links refer to questions, causes and answers by id; with two alike, a reference is ambiguous.",
    fix: "Give each question, cause and answer of a question its own id.",
  },
  "tree-dangling-ref": {
    title: "A reference points at nothing",
    why: "A reader who gives this answer would reach a question or cause that does not exist and be stuck.",
    fix: "Point `next` at an existing question id, `cause` at an existing cause id, or add the missing item.",
  },
  "tree-unknown-tree": {
    title: "A hand-off names a tree that does not exist",
    why: "A reader handed off to a missing tree would be stuck.",
    fix: "Use the id of a tree in `packages/rules/trees/`, or create that tree with `pnpm kb new tree <id>`.",
  },
  "tree-cycle": {
    title: "The questions loop back on themselves",
    why: "A reader could answer forever without reaching a cause.",
    fix: "Make every path move forward: a `next` must never lead back to a question already asked on that path.",
  },
  "tree-unreachable": {
    title: "An item can never be reached",
    why: "No sequence of answers from the start leads here, so the content is dead weight and probably a broken link.",
    fix: "Link to it from an answer (`next:` or `cause:`), or delete it.",
  },
  "tree-dead-end": {
    title: "A question leads nowhere",
    why: "From this question no answer path reaches a cause or a hand-off, so readers who arrive here get no diagnosis.",
    fix: "Make at least one answer of this question, or of the questions after it, end in a `cause` or a `tree`.",
  },
  "tree-ambiguous-answer": {
    title: "One answer could reach two places",
    why: "Two options share a value or a `when` value, so the same answer would match two rules and the result would depend on their order.",
    fix: "Give each option its own value, and list each `when` value under one option only.",
  },
  "tree-range-gap": {
    title: "The ranges leave numbers uncovered",
    why: "A reader who types a number in the gap would get no next step.",
    fix: "Make each range's `min` equal the previous range's `max`, leave the first `min` and the last `max` out.",
  },
  "tree-range-overlap": {
    title: "Two ranges overlap",
    why: "A number in both ranges would match two rules, so the result would depend on their order.",
    fix: "Ranges are half-open [min, max): make each range start where the previous one ends.",
  },
  "tree-example-failed": {
    title: "An example does not reach its expected result",
    why: "Examples are the tree's tests: a failing one means the tree does not diagnose what its author meant it to.",
    fix: "Check the answers along the path the message shows; fix the tree or the example.",
  },
  "tree-example-incomplete": {
    title: "An example stops before a result",
    why: "The example has no answer for a question on its path, so it tests nothing past that point.",
    fix: "Add an answer for the question named in the message.",
  },
  "tree-uncovered-cause": {
    title: "A cause is reached by no example",
    why: "Every cause should be proven reachable by at least one example, so a later edit cannot silently cut it off.",
    fix: "Add an example whose answers lead to this cause.",
  },
  "tree-unknown-article": {
    title: "A tree names an article that does not exist",
    why: "Each tree belongs to the article that explains its causes; readers of the widget are sent there.",
    fix: "Set `article` to the slug of a file in content/ (its name without .mdx), or create the article with `pnpm kb new article <slug>`.",
  },
  "tree-section-missing": {
    title: "A cause points at an article section that does not exist",
    why: 'The widget\'s "Read more" link and the no-JavaScript outline send readers to this section; a missing one is a dead end.',
    fix: "Set the cause's `section` to `article-slug#heading-anchor` of an existing heading, or render the causes in the article with `<Causes />`.",
  },
  "content-frontmatter": {
    title: "A frontmatter field is missing or invalid",
    why: "The site uses frontmatter for search, browsing and the triage widget; the build refuses an article whose frontmatter does not fit.",
    fix: "Correct the field as the message says; `content/_template.mdx` shows every field.",
  },
  "content-unknown-tree": {
    title: "An article names a triage tree that does not exist",
    why: "The widget at the top of the article would have no questions to ask.",
    fix: "Use the id of a file in packages/rules/trees/ (without .yaml), or create the tree with `pnpm kb new tree <id>`.",
  },
  "content-unknown-related": {
    title: "A related article does not exist",
    why: 'The "Related articles" list would link to nothing.',
    fix: "List slugs of files in content/ (names without .mdx).",
  },
  "content-mdx-syntax": {
    title: "The article is not valid MDX",
    why: "MDX is stricter than Markdown: `<`, `{` and `}` start components and expressions.",
    fix: "Escape a literal `<` or `{` as `\\<` or `\\{`, or put it in `inline code`.",
  },
  "content-mdx-import": {
    title: "An article imports something other than the allowed components",
    why: "MDX compiles to code that runs at build time; contributed articles may only use the site's own content components.",
    fix: 'Import only `{ Causes }` from "@kb/components", or remove the import.',
  },
  "content-mdx-export": {
    title: "An article exports code",
    why: "Exports run at build time with full access to the build machine; articles must stay content.",
    fix: "Remove the `export`; put data in frontmatter instead.",
  },
  "content-mdx-expression": {
    title: "An article contains a JavaScript expression",
    why: "`{…}` in MDX is code that runs at build time; articles must stay content.",
    fix: "Write the text literally, escape the brace as `\\{`, or put it in `inline code`.",
  },
  "content-mdx-component": {
    title: "An article uses a component that is not allowed",
    why: "Only the site's content components are available to articles.",
    fix: 'Use `<Causes />` (imported from "@kb/components"), or write the content in Markdown.',
  },
  "content-structure": {
    title: "A troubleshooting article lacks a section of the template",
    why: "Every troubleshooting article follows the same structure so readers find symptoms, causes, prevention and references in the same place.",
    fix: "Add the missing `##` section; `content/_template.mdx` shows the structure.",
  },
  "content-broken-link": {
    title: "A link points to a page that does not exist",
    why: "Readers following it would land on a 404.",
    fix: "Link to an existing article (`/slug/`), error page (`/errors/<code>/`) or category (`/categories/<id>/`).",
  },
  "content-broken-anchor": {
    title: "A link points to a section that does not exist",
    why: "Readers would land at the top of the page instead of the section.",
    fix: "Use the anchor of an existing heading (its text in lower case, spaces as hyphens) or a cause id rendered by `<Causes />`.",
  },
  "error-code-invalid": {
    title: "An entry of the error-code reference is invalid",
    why: "Each entry becomes a page at /errors/<id>/ with its triage; a broken entry breaks the page.",
    fix: "Correct the field in content/error-codes.yaml as the message says.",
  },
  "site-broken-link": {
    title: "The built site has a broken internal link",
    why: "The build checks every link of every built page, including links generated from trees and data, and refuses to publish a broken one.",
    fix: "Fix the link the message names, or the tree `section` or data entry it was generated from.",
  },
  ...limitsCatalog,
  ...runtimeCatalog,
  ...signaturesCatalog,
  ...gateCatalog,
  ...cspCatalog,
} as const satisfies Record<string, { title: string; why: string; fix: string }>;

/** A permanent problem id. */
export type ProblemId = keyof typeof problemCatalog;
