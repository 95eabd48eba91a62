import { z } from "zod";

/** One entry of content/error-codes.yaml: a page at /errors/<id>/. */
export const errorCodeSchema = z.object({
  /** Title of the page, e.g. "429 Too Many Requests". */
  title: z.string().min(3),
  /** `http` for status codes, `network` for errors below HTTP. */
  kind: z.enum(["http", "network"], { error: "`kind` must be `http` or `network`." }),
  /** The standard that defines it, cited by section. */
  standard: z.object({
    name: z.string(),
    url: z.url({ error: "`standard.url` must be a full https:// URL." }),
  }),
  /** What the standard says it means. */
  meaning: z.string().min(20),
  /** What it usually means in an integration. */
  integration: z.string().min(20),
  /** The tree the page starts, with `facts` already answered. */
  tree: z.string().regex(/^[a-z0-9-]+$/, { error: "`tree` must be a tree id like `network`." }),
  /** Facts the tree starts with, e.g. `{ status: 429 }`. */
  facts: z
    .object({
      status: z.number().int().min(100).max(599).optional(),
      networkError: z.string().optional(),
      tlsError: z.string().optional(),
      authError: z.string().optional(),
    })
    .strict()
    .refine((f) => Object.keys(f).length > 0, {
      error: "`facts` needs at least one fact, e.g. `{ status: 429 }`.",
    }),
  /** Slugs of the articles to read. */
  related: z
    .array(z.string().regex(/^[a-z0-9-]+$/))
    .min(1, { error: "`related` needs at least one article slug." }),
});

/** An error-code entry. */
export type ErrorCode = z.infer<typeof errorCodeSchema> & { id: string };
