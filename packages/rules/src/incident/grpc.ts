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

/** How the three most used gRPC libraries print a status (each pattern linear, one capture). */
export const grpcPatterns = {
  /** Node (@grpc/grpc-js): `Error: 14 UNAVAILABLE: No connection established`. */
  node: /\b(1[0-6]|[0-9]) ([A-Z_]{2,20}): /,
  /** Python (grpcio): `status = StatusCode.UNAVAILABLE`. */
  python: /\bStatusCode\.([A-Z_]{2,20})\b/,
  /** Go (google.golang.org/grpc): `rpc error: code = Unavailable desc = …`. */
  go: /rpc error: code = ([A-Za-z]{2,20})\b/,
  /** Java (grpc-java): `io.grpc.StatusRuntimeException: UNAVAILABLE: io exception`. */
  java: /Status(?:Runtime)?Exception: ([A-Z_]{2,20})\b/,
  /** The `grpc-status` trailer or `grpc_status:14` in a debug string. */
  trailer: /\bgrpc[-_]status\s*[:=]\s*(1[0-6]|[0-9])\b/i,
};

const DIGITS = /^\d+$/;
const CAMEL_BOUNDARY = /([a-z])([A-Z])/g;

/** Patterns run on a captured status name (at most 20 characters), for the registry. */
export const grpcNamePatterns = { "grpc.digits": DIGITS, "grpc.camel-boundary": CAMEL_BOUNDARY };

/** `DeadlineExceeded` (Go) or `14` becomes `DEADLINE_EXCEEDED` / `UNAVAILABLE`. */
export function canonicalGrpc(raw: string): string | undefined {
  if (DIGITS.test(raw)) return grpcCodes[Number(raw)];
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
