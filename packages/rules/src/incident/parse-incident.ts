import type { IncidentFacts } from "./facts.ts";
import { lineAt } from "./line-at.ts";
import { findNeedles, type Needles } from "./find-needles.ts";
import { redact } from "./redact.ts";
import { networkSignals, oauthErrors, requestIdHeaders, tlsSignals } from "./signals.ts";
import { readJsonBody } from "./json-body.ts";
import { findJson } from "./json-spans.ts";
import { finalStatus } from "./final-status.ts";
import { errorCodes, indexJson } from "./json-index.ts";
import { readHeaders } from "./headers.ts";
import { readGrpcStatus, readRpcStatusJson } from "./grpc.ts";
import { readRateLimit, readRetryAfter } from "./rate-limit.ts";
import { readLoopbackHost } from "./loopback.ts";
import { readClockSkew } from "./clock-skew.ts";

/** Longest paste read; the rest is ignored (and said so) to keep the page responsive. */
export const MAX_INCIDENT_CHARS = 256 * 1024;

/** 12 hours in seconds: a wait this long is a spent daily (or longer) quota. */
const LONG_WAIT = 43_200;
/** Binary and control characters become spaces: they carry no facts and could hide text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;
// A `WWW-Authenticate` value, then its `error=` (RFC 6750 §3): two steps, each linear.
const WWW_AUTHENTICATE = /www-authenticate[ \t]*:[ \t]*([^\r\n]*)/i;
const CHALLENGE_ERROR = /\berror[ \t]*=[ \t]*"?([a-z_]+)/i;
const HTML_CONTENT_TYPE = /content-type[ \t]*:[ \t]*text\/html/i;
// `[ \t]*`, never `\s*`, after `^`: `\s` crosses lines and made 64 KB of newlines quadratic.
const HTML_START = /^[ \t]*(?:<!doctype html|<html)/im;
const JSON_ERROR =
  /Unexpected token '?<|is not valid JSON|JSONDecodeError|Expecting value: line 1|MismatchedInputException|invalid character '<'/i;
const HTML_IN_JSON = /'?<|'<'/;

/** Every pattern this file runs over pasted text, for the registry in paste-patterns.ts. */
export const incidentPatterns = {
  "incident.control-chars": CONTROL_CHARS,
  "incident.www-authenticate": WWW_AUTHENTICATE,
  "incident.challenge-error": CHALLENGE_ERROR,
  "incident.html-content-type": HTML_CONTENT_TYPE,
  "incident.html-start": HTML_START,
  "incident.json-error": JSON_ERROR,
  "incident.html-in-json": HTML_IN_JSON,
};

/** A fact found in the paste, with the (redacted) line it came from. */
export interface Evidence {
  fact: keyof IncidentFacts;
  value: string | number;
  /** The line of the paste that shows it, redacted and at most 200 characters. */
  line: string;
}

/**
 * What signature rules test beyond the facts, read by `parseIncident` and handed to
 * `matchIncident`. Plain data (it crosses `postMessage` from the widget's worker).
 */
export interface PasteSignals {
  /** Error codes the paste's JSON or XML body names, most specific first. */
  codes: string[];
  /** Response headers: lower-cased name to values (last response only). */
  headers: Record<string, string[]>;
  /** Where each header's line starts in `text`. */
  headerAt: Record<string, number>;
  /** JSON fields by every suffix of their lower-cased path, values lower-cased. */
  json: Record<string, string[]>;
  /** Where the status line (or SDK field) starts in `text`. */
  statusAt?: number;
  /** Where the gRPC status starts in `text`. */
  grpcAt?: number;
  /** Which of the needles passed to `parseIncident` the paste contains, when some were. */
  found?: Needles;
}

/**
 * What `parseIncident` read from a paste, before the error signatures are matched. Plain data,
 * and nothing in it holds a secret from the paste.
 */
export interface ParsedPaste {
  /** Facts found in the paste; `matchIncident` adds those a matched signature yields. */
  facts: IncidentFacts;
  evidence: Evidence[];
  /** Request or correlation ids to quote to the provider's support. */
  requestIds: { header: string; value: string }[];
  /** Rate-limit figures from `RateLimit`, `RateLimit-*` or `X-RateLimit-*` headers. */
  rateLimit?: { limit?: number; remaining?: number; reset?: number };
  /** The paste with secrets replaced by `[REDACTED]` (control characters removed). */
  text: string;
  /** How many secrets were replaced. */
  redactions: number;
  /** True when the paste was longer than {@link MAX_INCIDENT_CHARS} and was cut. */
  truncated: boolean;
  /** What the error signatures test, for `matchIncident`. */
  signals: PasteSignals;
}

function firstSignal(
  text: string,
  signals: [RegExp, string][],
): { value: string; index: number } | undefined {
  for (const [pattern, code] of signals) {
    const m = pattern.exec(text);
    // Upper case: Erlang prints `:econnrefused` where Node prints `ECONNREFUSED`.
    if (m) return { value: code === "$1" ? (m[1] ?? "").toUpperCase() : code, index: m.index };
  }
  return undefined;
}

/**
 * Reads what a user pastes — a raw HTTP response, a `curl -v` transcript, a JSON error body
 * (RFC 9457 problem details, OAuth errors, provider bodies), an SDK dump, or an error message
 * or stack trace from Node, Python, Java, Go, Ruby or a browser console — and extracts the
 * facts a triage tree can use and what the error signatures test. Synchronous and cheap (the
 * widget runs it in a Web Worker); `matchIncident` then matches the signatures on
 * json-rules-engine, and `diagnoseText` does both. With `needles` (the phrases and names the
 * signatures search for, `signatureNeedles()`), it also finds which the paste contains, the
 * costly part of matching, so that the widget's worker does it and not the page. Secrets are
 * redacted before anything is read, so no returned field can carry one. Never throws.
 */
export function parseIncident(input: unknown, needles?: Needles): ParsedPaste {
  const raw = typeof input === "string" ? input : "";
  const truncated = raw.length > MAX_INCIDENT_CHARS;
  const clean = raw.slice(0, MAX_INCIDENT_CHARS).replace(CONTROL_CHARS, " ");
  const { text, count } = redact(clean);
  const facts: IncidentFacts = {};
  const evidence: Evidence[] = [];
  const note = <K extends keyof IncidentFacts>(
    fact: K,
    value: IncidentFacts[K] & (string | number),
    index: number,
  ) => {
    facts[fact] = value;
    evidence.push({ fact, value, line: lineAt(text, index) });
  };

  const found = findJson(text);
  const body = readJsonBody(found);
  const status = finalStatus(text, found);
  const grpc = readGrpcStatus(text) ?? readRpcStatusJson(found);
  const { headers, lines } = readHeaders(text);
  const codes = errorCodes(found, text);
  if (status) note("status", status.value, status.index);
  else if (body.status !== undefined) note("status", body.status, body.index);

  const wwwAuthenticate = WWW_AUTHENTICATE.exec(text);
  const challenge = CHALLENGE_ERROR.exec(wwwAuthenticate?.[1] ?? "");
  const authError = challenge?.[1]?.toLowerCase() ?? body.authError;
  if (authError && oauthErrors.has(authError))
    note("authError", authError, challenge ? (wwwAuthenticate?.index ?? 0) : body.index);
  if (body.problemType) note("problemType", body.problemType, body.index);

  const network = firstSignal(text, networkSignals);
  const tls = firstSignal(text, tlsSignals);
  if (tls) note("tlsError", tls.value, tls.index);
  // A 2xx is no failure: a timeout beside it is what failed, inside a success envelope (AWS
  // Lambda's Invoke answers 200 with `FunctionError` and "Task timed out after 15.02 seconds").
  else if (network && (!status || status.value < 300)) {
    note("networkError", network.value, network.index);
    const loopback = readLoopbackHost(text, network.index);
    if (loopback) note("loopbackHost", loopback.value, loopback.index);
  }
  if (grpc) note("grpcStatus", grpc.value, grpc.index);
  const clockSkew = readClockSkew(text);
  if (clockSkew) note("clockSkew", clockSkew.value, clockSkew.index);

  const retry = readRetryAfter(text);
  if (retry) note("retryAfter", retry.value, retry.index);
  else if (body.retryAfter !== undefined) note("retryAfter", body.retryAfter, body.index);
  const rateLimit = readRateLimit(text);
  if (rateLimit?.remaining !== undefined)
    note("rateLimitRemaining", rateLimit.remaining, rateLimit.index);
  // No requests left and no Retry-After: the window's reset says how long to wait.
  if (
    facts.retryAfter === undefined &&
    rateLimit?.remaining === 0 &&
    rateLimit.resetIn !== undefined
  )
    note("retryAfter", rateLimit.resetIn, rateLimit.index);
  // A 429 that asks to wait 12 hours or more has nothing left until then: no burst, concurrency
  // or secondary limit asks that (Figma's low-tier limit answers `retry-after: 396749`), so the
  // quota is spent and the wait tells a daily one from a window (rate-limits tree, reset-in).
  else if (status?.value === 429 && !rateLimit && (facts.retryAfter ?? 0) >= LONG_WAIT)
    note("rateLimitRemaining", 0, retry?.index ?? body.index);

  const contentType = HTML_CONTENT_TYPE.exec(text) ?? HTML_START.exec(text);
  const jsonError = JSON_ERROR.exec(text);
  if (status?.value === 415 || body.status === 415)
    note("contentTypeProblem", "unsupported-media-type", status?.index ?? body.index);
  else if (contentType && (jsonError || status))
    note("contentTypeProblem", "html-instead-of-json", contentType.index);
  // A JSON parser choking on `<` at the start was handed an HTML page.
  else if (jsonError)
    note(
      "contentTypeProblem",
      HTML_IN_JSON.test(jsonError[0]) ? "html-instead-of-json" : "invalid-json",
      jsonError.index,
    );

  // The first code the body names; a matched signature may name a more telling one.
  const code = codes[0];
  if (code) note("errorCode", code, Math.max(0, text.indexOf(code)));

  const requestIds = [...text.matchAll(requestIdHeaders)]
    .map((m) => ({ header: (m[1] ?? "").toLowerCase(), value: m[2] ?? "" }))
    .concat(body.requestId ? [{ header: "body.request_id", value: body.requestId }] : [])
    .slice(0, 5);

  return {
    facts,
    evidence,
    requestIds,
    ...(rateLimit ? { rateLimit: { ...rateLimit.figures } } : {}),
    text,
    redactions: count,
    truncated,
    signals: {
      codes,
      headers: Object.fromEntries(headers),
      headerAt: Object.fromEntries(lines),
      json: Object.fromEntries(indexJson(found)),
      ...(status ? { statusAt: status.index } : {}),
      ...(grpc ? { grpcAt: grpc.index } : {}),
      ...(needles ? { found: findNeedles(text, needles) } : {}),
    },
  };
}
