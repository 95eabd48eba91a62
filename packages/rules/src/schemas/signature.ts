import { z } from "zod";

/**
 * The conditions an error signature can yield: the values of the `condition` incident fact,
 * which trees list in `when:`. Add a name here (and to the README of `signatures/`) before a
 * signature or tree uses it; `kb check` refuses names not in this list.
 */
export const conditionNames = [
  "rate-limited",
  "quota-exhausted",
  "oauth-error",
  "cors-blocked",
  "proxy-auth-required",
  "proxy-tunnel-failed",
  "tls-intercepted",
  "webhook-signature-invalid",
  "webhook-timestamp-stale",
  "error-in-2xx",
  "graphql-error",
  "partial-failure",
  "grpc-error",
  "timeout",
  "redirect-dropped",
  "api-deprecated",
  "api-version-retired",
  "request-signature-mismatch",
  "clock-skew",
  "presigned-url-expired",
  "edge-origin-error",
  "header-too-large",
  "client-cert-required",
  "tls-version-unsupported",
  "soap-fault",
  "payload-too-large",
  "unsupported-media-type",
  "auth-invalid-credentials",
  "auth-insufficient-permissions",
  "not-found",
  "server-error",
  "upstream-unavailable",
  "method-not-allowed",
  "payment-required",
  "precondition-failed",
  "invalid-request",
  "client-cert-rejected",
  "http2-goaway",
  "temporary-credentials-expired",
  "api-version-invalid",
  "pagination-limit",
  "redirect-loop",
  "body-decoding-failed",
  "deserialization-failed",
  /** The client could not connect and does not say why (refused, unreachable or unresolved). */
  "connection-failed",
  /** A webhook sender (or a local forwarder such as the Stripe CLI) could not deliver an event. */
  "webhook-delivery-failed",
] as const;

/** A condition name (see {@link conditionNames}). */
export type ConditionName = (typeof conditionNames)[number];

const idSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message: "must be lower-case kebab-case, like `github-secondary-rate-limit`",
  })
  .max(80);

/** A literal (never a regex): compared case-insensitively. */
const literal = z.union([z.string().min(1).max(200), z.number(), z.boolean()]);
const oneOrMany = <T extends z.ZodType>(item: T) => z.union([item, z.array(item).min(1)]);

const statusCode = z.number().int().min(100).max(599);

/** The leaf tests of a match; several keys in one object must all hold. */
const leafFields = {
  status: oneOrMany(statusCode)
    .optional()
    .describe("The final HTTP status is one of these, e.g. `403` or `[403, 429]`."),
  headers: z
    .record(
      z.string().regex(/^[A-Za-z0-9-]{1,64}$/, { message: "must be a header name" }),
      z.union([z.literal(true), oneOrMany(z.string().max(200))]),
    )
    .optional()
    .describe(
      'Response headers (names case-insensitive): `true` for present, or the value(s) it must equal, e.g. `x-ratelimit-remaining: "0"`.',
    ),
  json: z
    .record(
      z.string().regex(/^[A-Za-z0-9_$@-]+(?:\[\])?(?:\.[A-Za-z0-9_$@-]+(?:\[\])?)*$/, {
        message: "must be a JSON path like `error.errors[].reason` (dots; `[]` for any item)",
      }),
      z.union([z.literal(true), oneOrMany(literal)]),
    )
    .optional()
    .describe(
      "JSON fields anywhere in the paste, at this path (or ending with it): `true` for present, or the value(s) it must equal, case-insensitive. `[]` means any array item.",
    ),
  phrase: oneOrMany(
    z
      .string()
      .min(3)
      .max(200)
      .refine((p) => p.trim() === p, { message: "must not start or end with a space" }),
  )
    .optional()
    .describe(
      "Literal text that must appear (any of a list), case-insensitive. Never a regular expression.",
    ),
  exception: oneOrMany(z.string().regex(/^[A-Za-z_$][\w$]*(?:(?:\.|::)[A-Za-z_$][\w$]*)*$/))
    .optional()
    .describe("An exception or class name printed in the paste (any of a list), case-sensitive."),
  grpcStatus: oneOrMany(z.string().regex(/^[A-Z_]+$/))
    .optional()
    .describe("The gRPC status, as its canonical upper-case name, e.g. `UNAVAILABLE`."),
  errorCode: oneOrMany(z.string().min(1).max(100))
    .optional()
    .describe("The error code read from the paste's JSON or XML body, case-insensitive."),
};

/** A match: leaf tests, combined with `all`, `any` and `not`. */
export type MatchInput = {
  status?: number | number[];
  headers?: Record<string, true | string | string[]>;
  json?: Record<string, string | number | boolean | (string | number | boolean)[]>;
  phrase?: string | string[];
  exception?: string | string[];
  grpcStatus?: string | string[];
  errorCode?: string | string[];
  all?: MatchInput[];
  any?: MatchInput[];
  not?: MatchInput;
};

/** What a signature matches. */
export const matchSchema: z.ZodType<MatchInput> = z.lazy(() =>
  z
    .object({
      ...leafFields,
      all: z.array(matchSchema).min(1).optional().describe("Every one of these holds."),
      any: z.array(matchSchema).min(1).optional().describe("At least one of these holds."),
      not: matchSchema.optional().describe("This does not hold."),
    })
    .strict()
    .refine((m) => Object.keys(m).length > 0, { message: "needs at least one test" }),
);

/** Facts a matched signature sets, beside the ones read from the paste. */
export const yieldsSchema = z
  .object({
    condition: z.enum(conditionNames).describe("The condition this signature means."),
    errorCode: z.string().min(1).max(100).optional().describe("The error code, as printed."),
    status: statusCode.optional().describe("The HTTP status, when the paste implies but omits it."),
    grpcStatus: z
      .string()
      .regex(/^[A-Z_]+$/)
      .optional()
      .describe("The gRPC status it implies."),
    networkError: z
      .string()
      .regex(/^[A-Z_]+$/)
      .optional()
      .describe("The network error it implies."),
  })
  .strict();

/** Pasted text a signature must match (and, optionally, text it must not). */
export const signatureExamplesSchema = z
  .object({
    match: z.array(z.string().min(1)).min(1).describe("Pastes this signature must match."),
    noMatch: z.array(z.string().min(1)).optional().describe("Pastes it must not match."),
  })
  .strict();

/** One error signature: how a provider or client prints one kind of failure. */
export const signatureSchema = z
  .object({
    id: idSchema.describe("Unique id across every signature file."),
    title: z.string().trim().min(3).max(120).describe("What this error is, in a few words."),
    provider: idSchema.optional().describe("Provider id (defaults to the file's `provider`)."),
    references: z
      .array(z.url({ protocol: /^https$/, message: "must be an https:// link" }))
      .min(1)
      .describe("The provider's or standard's documentation of this error (https)."),
    priority: z
      .number()
      .int()
      .min(1)
      .max(100)
      .default(50)
      .describe("Higher wins when several signatures match (see signatures/README.md)."),
    match: matchSchema.describe("What the paste must show."),
    yields: yieldsSchema.describe("The condition and facts it yields."),
    examples: signatureExamplesSchema.describe("Its own tests."),
  })
  .strict();

/** A signature file: `packages/rules/signatures/<provider-or-family>.yaml`. */
export const signatureFileSchema = z
  .object({
    provider: idSchema.optional().describe("Default provider of the file's signatures."),
    signatures: z.array(signatureSchema).min(1).describe("The signatures, in any order."),
  })
  .strict();

export type SignatureInput = z.input<typeof signatureSchema>;
export type Signature = z.output<typeof signatureSchema>;
export type SignatureFile = z.output<typeof signatureFileSchema>;

/** The JSON Schema of a signature file, for editors. */
export function signatureJsonSchema(): string {
  const schema = z.toJSONSchema(signatureFileSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Error signatures", $id: "signature.schema.json" }, null, 2)}\n`;
}
