// The frontmatter schema is shared with the `kb` CLI, so it lives in @kb/rules.
export { articleSchema, type ArticleFields } from "@kb/rules/schema";
