import type { JsonFound } from "./json-spans.ts";

/** gRPC status codes by number (grpc/doc/statuscodes.md). */
export const grpcCodes = [
  "OK",
  "CANCELLED",
  "UNKNOWN",
  "INVALID_ARGUMENT",
  "DEADLINE_EXCEEDED",
  "NOT_FOUND",
  "ALREADY_EXISTS",
  "PERMISSION_DENIED",
  "RESOURCE_EXHAUSTED",
  "FAILED_PRECONDITION",
  "ABORTED",
  "OUT_OF_RANGE",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
  "UNAUTHENTICATED",
] as const;

/** How the most used gRPC libraries print a status (each pattern linear, one capture). */
export const grpcPatterns = {
  /** Node (@grpc/grpc-js): `Error: 14 UNAVAILABLE: No connection established`. */
  node: /\b(1[0-6]|[0-9]) ([A-Z_]{2,20}): /,
  /** Python (grpcio): `status = StatusCode.UNAVAILABLE`. */
  python: /\bStatusCode\.([A-Z_]{2,20})\b/,
  /** Go (google.golang.org/grpc): `rpc error: code = Unavailable desc = …`. */
  go: /rpc error: code = ([A-Za-z]{2,20})\b/,
  /** Java (grpc-java): `io.grpc.StatusRuntimeException: UNAVAILABLE: io exception`. */
  java: /Status(?:Runtime)?Exception: ([A-Z_]{2,20})\b/,
  /**
   * Rust (tonic): `Status { code: Unavailable, message: "…" }` (Debug) and `status: Unauthenticated,
   * message: "…"` (Display), the variant names of tonic's `Code`.
   */
  tonic: /\b(?:status|code): ([A-Z][A-Za-z]{2,19}), message: /,
  /** tonic 0.14 and later print the code's description: `code: 'The service is currently unavailable'`. */
  tonicDescription: /\bcode: '([A-Z][a-z ]{3,70}(?:'s [a-z ]{1,20})?)'/,
  /**
   * .NET (Grpc.Net.Client) `Status(StatusCode="Unavailable", …)`, Ruby `GRPC::Unavailable`, Dart
   * `gRPC Error (code: 14, codeName: UNAVAILABLE, …)`, Connect (connect-es) `ConnectError: [unavailable]`.
   */
  others: /(?:StatusCode="|\bGRPC::|codeName: |ConnectError: \[)([A-Za-z_]{2,20})\b/,
  /** The `grpc-status` trailer or `grpc_status:14` in a debug string. */
  trailer: /\bgrpc[-_]status\s*[:=]\s*(1[0-6]|[0-9])\b/i,
};

/** tonic's `Code::description`, in the order of `grpcCodes` (tonic/src/status.rs). */
const TONIC_DESCRIPTIONS = [
  "the operation completed successfully",
  "the operation was cancelled",
  "unknown error",
  "client specified an invalid argument",
  "deadline expired before operation could complete",
  "some requested entity was not found",
  "some entity that we attempted to create already exists",
  "the caller does not have permission to execute the specified operation",
  "some resource has been exhausted",
  "the system is not in a state required for the operation's execution",
  "the operation was aborted",
  "operation was attempted past the valid range",
  "operation is not implemented or not supported",
  "internal error",
  "the service is currently unavailable",
  "unrecoverable data loss or corruption",
  "the request does not have valid authentication credentials",
];

const DIGITS = /^\d+$/;
const CAMEL_BOUNDARY = /([a-z])([A-Z])/g;

/** Patterns run on a captured status name or tonic description, for the registry. */
export const grpcNamePatterns = { "grpc.digits": DIGITS, "grpc.camel-boundary": CAMEL_BOUNDARY };

/**
 * `DeadlineExceeded` (Go), `14` or tonic's "The service is currently unavailable" becomes
 * `DEADLINE_EXCEEDED` / `UNAVAILABLE`.
 */
export function canonicalGrpc(raw: string): string | undefined {
  if (DIGITS.test(raw)) return grpcCodes[Number(raw)];
  const described = TONIC_DESCRIPTIONS.indexOf(raw.toLowerCase());
  if (described !== -1) return grpcCodes[described];
  const upper =
    raw.includes("_") || raw === raw.toUpperCase() ? raw : raw.replace(CAMEL_BOUNDARY, "$1_$2");
  const name = upper.toUpperCase();
  if (name === "CANCELED") return "CANCELLED";
  return (grpcCodes as readonly string[]).includes(name) ? name : undefined;
}

/** The gRPC status a paste shows, as its canonical name, and where. */
export function readGrpcStatus(text: string): { value: string; index: number } | undefined {
  for (const pattern of Object.values(grpcPatterns)) {
    const m = pattern.exec(text);
    const value = m?.[1] !== undefined ? canonicalGrpc(m[1]) : undefined;
    if (m && value && value !== "OK") return { value, index: m.index };
  }
  return undefined;
}

/**
 * Statuses a gRPC-to-JSON gateway answers about its own call to the gRPC backend (unreachable,
 * too slow, method missing, crashed). The others (UNAUTHENTICATED, NOT_FOUND…) are about the
 * caller's request and arrive as their HTTP status too (401, 404…), which the HTTP trees read.
 */
const BACKEND_STATUSES = new Set([
  "CANCELLED",
  "UNKNOWN",
  "DEADLINE_EXCEEDED",
  "UNIMPLEMENTED",
  "INTERNAL",
  "UNAVAILABLE",
  "DATA_LOSS",
]);

/**
 * The gRPC status of a JSON body in the shape of `google.rpc.Status` — `{"code":14,"message":
 * "…","details":[]}` — as gRPC-to-JSON gateways answer a REST caller: grpc-gateway
 * (runtime/errors.go), Envoy's gRPC-JSON transcoder, Google Cloud Endpoints. A numeric `code`
 * of 1-16 with a `details` list is that shape, not an HTTP status (those are 100 and above).
 */
export function readRpcStatusJson(
  found: readonly JsonFound[],
): { value: string; index: number } | undefined {
  for (const { value, index } of found) {
    if (typeof value !== "object" || value === null || Array.isArray(value)) continue;
    const { code, message, details } = value as Record<string, unknown>;
    if (typeof code !== "number" || typeof message !== "string" || !Array.isArray(details))
      continue;
    const name = Number.isInteger(code) ? grpcCodes[code] : undefined;
    if (name && BACKEND_STATUSES.has(name)) return { value: name, index };
  }
  return undefined;
}
