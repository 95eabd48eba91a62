import { docsSchema } from "@astrojs/starlight/schema";
import { frontmatterAllowList } from "@kb/content-gate/frontmatter-schema";
import { articleSchema } from "@kb/rules/schema";

// The frontmatter schema is shared with the `kb` CLI, so it lives in @kb/rules; the allow-list
// of fields is the content gate's, so the build and `kb check` refuse the same fields.
export { articleSchema, type ArticleFields } from "@kb/rules/schema";

/**
 * The docs collection's schema: the content gate's strict allow-list first, so Starlight's
 * `head`, `banner`, `hero`, `template`… never reach Starlight's schema (which then fills in
 * its defaults), and no title or description carries markup. Pages the site generates pass
 * through it too (`<StarlightPage>` validates with the collection's schema).
 */
export const docsCollectionSchema = (context: Parameters<ReturnType<typeof docsSchema>>[0]) =>
  frontmatterAllowList.pipe(docsSchema({ extend: articleSchema })(context));
