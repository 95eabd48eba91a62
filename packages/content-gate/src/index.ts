/**
 * The content gate: what an outside pull request may put in `content/` and the trees. `kb
 * check`, the site build (apps/site/src/integrations/kb-content-gate.ts) and both workflows
 * run it, so a file refused by one is refused by all, with the same id and file:line:col.
 */
export {
  checkContentDir,
  readContent,
  type ContentReport,
  type GateOptions,
} from "./content-dir.ts";
export { checkArticleSource, type ArticleReport } from "./article.ts";
export { checkDataSource } from "./data.ts";
export { checkSlug } from "./slug.ts";
export { walkFolder, type GateFile, type Walk } from "./files.ts";
export type { Frontmatter } from "./frontmatter.ts";
export type { MdxFacts } from "./mdx.ts";
export { frontmatterAllowList } from "./frontmatter-schema.ts";
export { unsafeUrlReason, unsafeTextReason, plainTextReason } from "./text.ts";
export * from "./limits.ts";
