import type { IncidentFacts } from "./facts.ts";
import { redact } from "./redact.ts";
import {
  networkSignals,
  oauthErrors,
  requestIdHeaders,
  statusSignals,
  tlsSignals,
} from "./signals.ts";
import { readJsonBody } from "./json-body.ts";
import { readRateLimit, readRetryAfter } from "./rate-limit.ts";

/** Longest paste read; the rest is ignored (and said so) to keep the page responsive. */
export const MAX_INCIDENT_CHARS = 256 * 1024;

/** Binary and control characters become spaces: they carry no facts and could hide text. */
// eslint-disable-next-line no-control-regex
const CONTROL_CHARS = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f\ufffd]/g;

/** A fact found in the paste, with the (redacted) line it came from. */
export interface Evidence {
  fact: keyof IncidentFacts;
  value: string | number;
  /** The line of the paste that shows it, redacted and at most 200 characters. */
  line: string;
}

/** What `parseIncident` read from a paste. Nothing in it holds a secret from the paste. */
export interface Incident {
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
}

function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text
    .slice(start, end === -1 ? undefined : end)
    .trim()
    .slice(0, 200);
}

function lastStatus(text: string): { value: number; index: number } | undefined {
  // A curl transcript can show `100 Continue` or redirects first: the final status wins, and a
  // status line beats a status quoted in a message.
  for (const pattern of statusSignals) {
    let found: { value: number; index: number } | undefined;
    for (const m of text.matchAll(pattern)) {
      const value = Number(m[1]);
      if (value >= 200) found = { value, index: m.index };
    }
    if (found) return found;
  }
  return undefined;
}

function firstSignal(
  text: string,
  signals: [RegExp, string][],
): { value: string; index: number } | undefined {
  for (const [pattern, code] of signals) {
    const m = pattern.exec(text);
    if (m) return { value: code === "$1" ? (m[1] ?? "") : code, index: m.index };
  }
  return undefined;
}

/**
 * Reads what a user pastes — a raw HTTP response, a `curl -v` transcript, a JSON error body
 * (RFC 9457 problem details, OAuth errors), or an error message or stack trace from Node,
 * Python, Java or Go — and extracts the facts a triage tree can use. Secrets are redacted
 * before anything is read, so no returned field can carry one. Never throws.
 */
export function parseIncident(input: unknown): Incident {
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

  const body = readJsonBody(text);
  const status = lastStatus(text);
  if (status) note("status", status.value, status.index);
  else if (body.status !== undefined) note("status", body.status, body.index);

  const challenge = /www-authenticate\s*:[^\n]*?\berror\s*=\s*"?([a-z_]+)/i.exec(text);
  const authError = challenge?.[1]?.toLowerCase() ?? body.authError;
  if (authError && oauthErrors.has(authError))
    note("authError", authError, challenge?.index ?? body.index);
  if (body.problemType) note("problemType", body.problemType, body.index);

  const network = firstSignal(text, networkSignals);
  const tls = firstSignal(text, tlsSignals);
  if (tls) note("tlsError", tls.value, tls.index);
  else if (network && !status) note("networkError", network.value, network.index);

  const retry = readRetryAfter(text);
  if (retry) note("retryAfter", retry.value, retry.index);
  const rateLimit = readRateLimit(text);
  if (rateLimit?.remaining !== undefined)
    note("rateLimitRemaining", rateLimit.remaining, rateLimit.index);

  const contentType =
    /content-type\s*:\s*text\/html/i.exec(text) ?? /^\s*(?:<!doctype html|<html)/im.exec(text);
  const jsonError =
    /Unexpected token '?<|is not valid JSON|JSONDecodeError|Expecting value: line 1|MismatchedInputException|invalid character '<'/i.exec(
      text,
    );
  if (status?.value === 415 || body.status === 415)
    note("contentTypeProblem", "unsupported-media-type", status?.index ?? body.index);
  else if (contentType && (jsonError || status))
    note("contentTypeProblem", "html-instead-of-json", contentType.index);
  // A JSON parser choking on `<` at the start was handed an HTML page.
  else if (jsonError)
    note(
      "contentTypeProblem",
      /'?<|'<'/.test(jsonError[0]) ? "html-instead-of-json" : "invalid-json",
      jsonError.index,
    );

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
  };
}
