import { grpcNamePatterns, grpcPatterns } from "./grpc.ts";
import { headerPatterns } from "./headers.ts";
import { jsonIndexPatterns } from "./json-index.ts";
import { jsonBodyPatterns } from "./json-body.ts";
import { loopbackPatterns } from "./loopback.ts";
import { clockSkewPatterns } from "./clock-skew.ts";
import { incidentPatterns } from "./parse-incident.ts";
import { rateLimitPatterns } from "./rate-limit.ts";
import { TOKEN_SHAPES, secretPatterns } from "./secret-patterns.ts";
import { networkSignals, requestIdHeaders, statusSignals, tlsSignals } from "./signals.ts";

/**
 * Every regular expression that runs over pasted text (or a piece of it), by a stable name.
 * A paste is untrusted and up to 256 KB: a pattern that backtracks can freeze the page for
 * minutes (issue #12). test/paste-patterns.test.ts proves each one linear with `recheck` and
 * times each, and `parseIncident` and `redact` as a whole, on 256 KB adversarial inputs.
 * A new pattern over pasted text must be exported from its module and listed here.
 */
export const pastePatterns: Readonly<Record<string, RegExp>> = {
  ...secretPatterns,
  ...Object.fromEntries(TOKEN_SHAPES.map(([re], i) => [`redact.token.${i}`, re])),
  ...rateLimitPatterns,
  ...incidentPatterns,
  ...jsonBodyPatterns,
  ...Object.fromEntries(networkSignals.map(([re], i) => [`signals.network.${i}`, re])),
  ...Object.fromEntries(tlsSignals.map(([re], i) => [`signals.tls.${i}`, re])),
  ...Object.fromEntries(statusSignals.map((re, i) => [`signals.status.${i}`, re])),
  "signals.request-id-headers": requestIdHeaders,
  ...Object.fromEntries(Object.entries(grpcPatterns).map(([k, re]) => [`grpc.${k}`, re])),
  ...grpcNamePatterns,
  ...headerPatterns,
  ...jsonIndexPatterns,
  ...loopbackPatterns,
  ...clockSkewPatterns,
};
