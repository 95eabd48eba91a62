import { z } from "zod";

/**
 * What family a code belongs to, which groups it on the /errors/ index:
 * `http` (status codes), `network` (errors below HTTP), `grpc` (gRPC status codes), `oauth`
 * (OAuth 2.0 error codes) and `cdn` (a CDN's own, non-standard status codes such as Cloudflare's 52x).
 */
export const errorCodeKinds = ["http", "network", "grpc", "oauth", "cdn"] as const;

/** One entry of content/error-codes.yaml: a page at /errors/<id>/. */
export const errorCodeSchema = z.object({
  /** Title of the page, e.g. "429 Too Many Requests". */
  title: z.string().min(3),
  /** The family of the code; see {@link errorCodeKinds}. */
  kind: z.enum(errorCodeKinds, {
    error: "`kind` must be one of `http`, `network`, `grpc`, `oauth` or `cdn`.",
  }),
  /**
   * Older or alternative names of the code, e.g. "Unprocessable Entity" for 422 or
   * "Payload Too Large" for 413. Shown on the page, so search finds the code by any of them.
   */
  aliases: z
    .array(
      z.string().trim().min(2, { error: "each alias must be a name, e.g. `Payload Too Large`." }),
    )
    .default([]),
  /** The standard (or, for a provider's code, the documentation) that defines it, cited by section. */
  standard: z.object({
    name: z.string(),
    url: z.url({ protocol: /^https$/, error: "`standard.url` must be a full https:// URL." }),
  }),
  /** What the standard says it means. */
  meaning: z.string().min(20),
  /** What it usually means in an integration. */
  integration: z.string().min(20),
  /** The tree the page starts, with `facts` already answered. */
  tree: z.string().regex(/^[a-z0-9-]+$/, { error: "`tree` must be a tree id like `network`." }),
  /** Facts the tree starts with, e.g. `{ status: 429 }` or `{ grpcStatus: "UNAVAILABLE" }`. */
  facts: z
    .object({
      status: z.number().int().min(100).max(599).optional(),
      networkError: z.string().optional(),
      tlsError: z.string().optional(),
      authError: z.string().optional(),
      errorCode: z.string().optional(),
      grpcStatus: z.string().optional(),
      condition: z.string().optional(),
      provider: z.string().optional(),
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
