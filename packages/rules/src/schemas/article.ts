import { z } from "zod";
import { categoryIds } from "../content/categories.ts";

const slug = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/**
 * The frontmatter of an article in `content/`, on top of Starlight's own fields. Each field's
 * message says how to fix it, because the build prints it as is.
 */
export const articleFields = {
  /** The browsing category; one of the ids in apps/site/src/lib/categories.ts. */
  category: z.enum(categoryIds, {
    error: `\`category\` must be one of: ${categoryIds.join(", ")}.`,
  }),
  /** Error codes the article explains: HTTP statuses (`429`) and error names (`ECONNRESET`, `invalid_token`). */
  errorCodes: z
    .array(
      z.string().regex(/^(?:[1-5]\d\d|[A-Za-z][A-Za-z0-9_]{1,40})$/, {
        error:
          'each entry of `errorCodes` must be an HTTP status like `429` or an error name like `ECONNRESET`; quote numbers: `"429"`.',
      }),
      { error: '`errorCodes` must be a list, e.g. `errorCodes: ["401", "403"]`.' },
    )
    .default([]),
  /** How readers describe the problem, in their words; search uses these. */
  symptoms: z
    .array(
      z
        .string({
          error: 'each symptom must be text; quote it if it starts with a number or contains ": ".',
        })
        .min(3),
      {
        error: "`symptoms` must be a list of phrases readers would type.",
      },
    )
    .min(1, { error: "`symptoms` needs at least one phrase a reader would search for." }),
  /** Extra search words: client library names, header names, synonyms. */
  keywords: z
    .array(
      z.string({ error: 'each entry of `keywords` must be text; quote numbers, e.g. `"404"`.' }),
    )
    .default([]),
  /** The id of the triage tree embedded at the top (a file in packages/rules/trees/). */
  tree: z
    .string()
    .regex(slug, {
      error:
        "`tree` must be a tree id like `rate-limits` (the file name in packages/rules/trees/ without .yaml).",
    })
    .optional(),
  /** Slugs of related articles, shown at the end. */
  related: z
    .array(
      z.string().regex(slug, {
        error: "each entry of `related` must be an article slug like `rate-limiting`.",
      }),
    )
    .default([]),
  /** When a person last checked the article against the standards and real APIs (YYYY-MM-DD). */
  lastReviewed: z.coerce.date({
    error: "`lastReviewed` must be a date written YYYY-MM-DD, e.g. `lastReviewed: 2026-11-25`.",
  }),
};

const typeError = {
  error:
    "`type` must be `troubleshooting` (symptoms → causes → fixes) or `guide` (practice and background).",
};

/**
 * The extension Starlight's `docsSchema` is given, keyed on `type`: articles in `content/` are
 * `troubleshooting` or `guide` and need every field above; pages the site generates (home,
 * categories, error codes) pass `type: "page"` and need none.
 */
export const articleSchema = z.discriminatedUnion(
  "type",
  [
    z.object({ type: z.literal("troubleshooting"), ...articleFields }),
    z.object({ type: z.literal("guide"), ...articleFields }),
    z.object({ type: z.literal("page") }),
  ],
  typeError,
);

/** The frontmatter fields added to Starlight's. */
export type ArticleFields = z.infer<typeof articleSchema>;

/** The frontmatter of an article in content/ (not a generated page). */
export type ArticleData = Extract<ArticleFields, { type: "troubleshooting" | "guide" }>;
