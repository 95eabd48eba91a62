/**
 * A header line: `Name: value`, optionally after curl's `< ` marker. `^` with only blanks after
 * it (never `\s`, which crosses lines) keeps each attempt on one line, so the scan is linear.
 */
export const HEADER_LINE = /^[ \t]*(?:<[ \t]*)?([\w-]+)[ \t]*:[ \t]*([^\r\n]*)/gm;
/**
 * A rate-limit header with a number, printed inside a language structure or a log line rather
 * than on a line of its own: a Ruby hash (`"Retry-After" => "60"`, Excon's debug response), a
 * Python dict (`'Retry-After': '30'`, `HTTPHeaderDict({…})` in openapi-generator clients), an
 * Elixir tuple (`{"retry-after", "30"}`, HTTPoison, Tesla) or map (`"retry-after" => ["30"]`,
 * Req), Go's `http.Header` (`map[Retry-After:[60]]`), a Java map (`{Retry-After=[60]}`), or
 * `…, Retry-After: 86400` in a log message.
 */
export const INLINE_HEADER =
  /\b(retry-after|x-ratelimit-(?:limit|remaining|reset)|ratelimit-(?:limit|remaining|reset))(?:["']?[ \t]*(?:=>|[:=])[ \t]*\[?["']?|["'][ \t]*,[ \t]*["'])(\d{1,12})\b/gi;
/** A figure in a combined `RateLimit` value: `limit=100`, `r=0`, `t=30`. */
export const RATE_LIMIT_FIELD = /(?:^|[;,\s])(limit|remaining|reset|q|r|t)=(\d+)/g;
/** `Retry-After` as delay-seconds (RFC 9110 §10.2.3). */
export const DELAY_SECONDS = /^\d{1,9}$/;
const INTEGER = /^\d{1,12}$/;

/** Every pattern this file runs over pasted text, for the registry. */
export const rateLimitPatterns = {
  "rate-limit.header-line": HEADER_LINE,
  "rate-limit.inline-header": INLINE_HEADER,
  "rate-limit.field": RATE_LIMIT_FIELD,
  "rate-limit.delay-seconds": DELAY_SECONDS,
  "rate-limit.integer": INTEGER,
};

/**
 * Counts under other names than the draft's `RateLimit-Remaining`
 * (https://datatracker.ietf.org/doc/draft-ietf-httpapi-ratelimit-headers/), read as `remaining`
 * (the smallest wins): BigCommerce's `X-Rate-Limit-Requests-Left`
 * (https://docs.bigcommerce.com/developer/docs/overview/api-fundamentals/rate-limits), and
 * Kong's one per window, `X-RateLimit-Remaining-Minute` (https://developer.konghq.com/plugins/rate-limiting/;
 * Help Scout sends it). X (Twitter) and RingCentral spell the prefix `x-rate-limit-`
 * (https://developers.ringcentral.com/guide/basics/rate-limits): `headers` reads it as `x-ratelimit-`.
 */
const REMAINING_ALIASES = [
  "x-ratelimit-requests-left",
  "x-ratelimit-remaining-minute",
  "x-ratelimit-remaining-hour",
];

const WANTED = new Set([
  "retry-after",
  "date",
  "ratelimit",
  "ratelimit-policy",
  "x-ratelimit-limit",
  "x-ratelimit-remaining",
  "x-ratelimit-reset",
  "ratelimit-limit",
  "ratelimit-remaining",
  "ratelimit-reset",
  "x-ratelimit-usage",
  "x-readratelimit-limit",
  "x-readratelimit-usage",
  ...REMAINING_ALIASES,
]);

type Found = Map<string, { value: string; index: number }>;

/**
 * The value of each rate-limit related header, in one pass over the text: the last response's
 * (a loop of curl calls prints a 200 with requests left, then the 429 without).
 */
function headers(text: string): Found {
  const found: Found = new Map();
  for (const m of text.matchAll(HEADER_LINE)) {
    const name = (m[1] ?? "").toLowerCase().replace("x-rate-limit-", "x-ratelimit-");
    const value = (m[2] ?? "").trim().slice(0, 200);
    if (WANTED.has(name) && value) found.set(name, { value, index: m.index });
  }
  // Headers printed inside a hash, a dict or a log line: read only those not found on their own line.
  for (const m of text.matchAll(INLINE_HEADER)) {
    const name = (m[1] ?? "").toLowerCase();
    if (!found.has(name)) found.set(name, { value: m[2] ?? "", index: m.index });
  }
  return found;
}

function int(value: string | undefined): number | undefined {
  return value !== undefined && INTEGER.test(value) ? Number(value) : undefined;
}

/** Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date taken relative to `Date`. */
export function readRetryAfter(text: string): { value: number; index: number } | undefined {
  const found = headers(text);
  const retry = found.get("retry-after");
  if (!retry) return undefined;
  const value = retry.value.slice(0, 64);
  if (DELAY_SECONDS.test(value)) return { value: Number(value), index: retry.index };
  const at = Date.parse(value);
  const date = found.get("date");
  const now = date ? Date.parse(date.value.slice(0, 64)) : Number.NaN;
  if (Number.isNaN(at) || Number.isNaN(now)) return undefined;
  return { value: Math.max(0, Math.round((at - now) / 1000)), index: retry.index };
}

function combinedFields(value: string): { limit?: number; remaining?: number; reset?: number } {
  const keys = { limit: "limit", q: "limit", remaining: "remaining", r: "remaining" } as const;
  const out: { limit?: number; remaining?: number; reset?: number } = {};
  for (const m of value.matchAll(RATE_LIMIT_FIELD)) {
    const raw = m[1] ?? "";
    const key = raw === "reset" || raw === "t" ? "reset" : keys[raw as keyof typeof keys];
    if (key && out[key] === undefined) {
      const n = int(m[2]);
      if (n !== undefined) out[key] = n;
    }
  }
  return out;
}

/**
 * Reads rate-limit headers in the shapes in use: `X-RateLimit-Limit/Remaining/Reset`,
 * the IETF draft's `RateLimit-Limit/Remaining/Reset` and `RateLimit: limit=…, remaining=…,
 * reset=…` (draft-ietf-httpapi-ratelimit-headers up to -07), and the structured-field form
 * `RateLimit: "policy";r=0;t=30` (draft -08 and later); and Strava's two windows in one header
 * (`X-RateLimit-Limit: 200,2000` with `X-RateLimit-Usage`, see `twoWindows`).
 */
export function readRateLimit(text: string):
  | {
      figures: { limit?: number; remaining?: number; reset?: number };
      remaining?: number;
      /** Seconds until the window resets, from the reset figure (and `Date` for a Unix time). */
      resetIn?: number;
      index: number;
    }
  | undefined {
  const found = headers(text);
  const combined = found.get("ratelimit");
  let figures: { limit?: number; remaining?: number; reset?: number } = {};
  let index = combined?.index ?? -1;
  if (combined) figures = combinedFields(combined.value);
  const policy = found.get("ratelimit-policy");
  const quota = policy && combinedFields(policy.value).limit;
  if (quota !== undefined && figures.limit === undefined) figures.limit = quota;
  for (const prefix of ["x-ratelimit-", "ratelimit-"]) {
    for (const key of ["limit", "remaining", "reset"] as const) {
      const h = found.get(`${prefix}${key}`);
      if (h && figures[key] === undefined) {
        figures[key] = int(h.value);
        if (index === -1) index = h.index;
      }
    }
  }
  for (const name of REMAINING_ALIASES) {
    const h = found.get(name);
    const n = int(h?.value);
    if (h && n !== undefined && (figures.remaining === undefined || n < figures.remaining)) {
      figures.remaining = n;
      if (index === -1) index = h.index;
    }
  }
  const strava = figures.remaining === undefined ? twoWindows(found) : undefined;
  if (strava) {
    figures.remaining = strava.remaining;
    if (index === -1) index = strava.index;
  }
  const clean = Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined));
  if (Object.keys(clean).length === 0) return undefined;
  const date = found.get("date")?.value;
  const resetIn = strava
    ? strava.resetIn
    : (secondsToReset(figures.reset, date) ?? secondsToResetDate(found, date));
  return {
    figures: clean,
    ...(figures.remaining !== undefined ? { remaining: figures.remaining } : {}),
    ...(resetIn !== undefined ? { resetIn } : {}),
    index,
  };
}

/**
 * Seconds until a rate-limit window resets: the reset figure is delta-seconds in the IETF
 * draft (`RateLimit-Reset: 30`, `t=30`), and a Unix time in seconds in many `X-RateLimit-Reset`
 * headers (GitHub, Intercom), taken relative to the response's `Date`. A time in milliseconds or
 * without a `Date` to compare with says nothing.
 */
function secondsToReset(reset: number | undefined, date: string | undefined): number | undefined {
  if (reset === undefined) return undefined;
  if (reset < 1e9) return reset;
  if (reset >= 1e11 || date === undefined) return undefined;
  const now = Date.parse(date.slice(0, 64));
  return Number.isNaN(now) ? undefined : Math.max(0, Math.round(reset - now / 1000));
}

/**
 * Seconds until a reset given as a date-time: Mastodon's `X-RateLimit-Reset:
 * 2026-11-30T00:00:00.419352Z` (ISO 8601, https://docs.joinmastodon.org/api/rate-limits/), taken
 * relative to the response's `Date`. Only a full date-time (`YYYY-MM-DDT…`) is read: `Date.parse`
 * accepts much else.
 */
function secondsToResetDate(found: Found, date: string | undefined): number | undefined {
  const value = (found.get("x-ratelimit-reset") ?? found.get("ratelimit-reset"))?.value;
  if (!value || !date || value.length < 20 || value[4] !== "-" || value[10] !== "T")
    return undefined;
  const at = Date.parse(value.slice(0, 64));
  const now = Date.parse(date.slice(0, 64));
  return Number.isNaN(at) || Number.isNaN(now)
    ? undefined
    : Math.max(0, Math.round((at - now) / 1000));
}

/** Two comma-separated integers (`200,2000`), or undefined. */
function pair(value: string | undefined): [number, number] | undefined {
  const parts = (value ?? "").split(",").map((p) => p.trim());
  if (parts.length !== 2) return undefined;
  const [a, b] = parts.map(int);
  return a !== undefined && b !== undefined ? [a, b] : undefined;
}

const QUARTER_HOUR = 900;
const DAY = 86_400;

/**
 * Strava's limits: `X-RateLimit-Limit: 200,2000` and `X-RateLimit-Usage: 213,1184` give a
 * 15-minute window then a daily one (and `X-ReadRateLimit-*` the same for reads). The 15-minute
 * window resets at 0, 15, 30 and 45 minutes past the hour, the daily one at midnight UTC
 * (https://developers.strava.com/docs/rate-limits/): with the response's `Date`, the wait is
 * known. A spent daily window outranks a spent 15-minute one.
 */
function twoWindows(
  found: Found,
): { remaining: number; resetIn?: number; index: number } | undefined {
  let remaining: number | undefined;
  let spent: "quarter" | "day" | undefined;
  let index = -1;
  for (const prefix of ["x-ratelimit-", "x-readratelimit-"]) {
    const limit = pair(found.get(`${prefix}limit`)?.value);
    const usage = found.get(`${prefix}usage`);
    const used = pair(usage?.value);
    if (!limit || !used || !usage) continue;
    const left = [Math.max(0, limit[0] - used[0]), Math.max(0, limit[1] - used[1])] as const;
    remaining = Math.min(remaining ?? Infinity, left[0], left[1]);
    if (left[1] === 0) spent = "day";
    else if (left[0] === 0 && spent === undefined) spent = "quarter";
    if (index === -1) index = usage.index;
  }
  if (remaining === undefined) return undefined;
  const now = Date.parse(found.get("date")?.value.slice(0, 64) ?? "");
  if (!spent || Number.isNaN(now)) return { remaining, index };
  const period = spent === "day" ? DAY : QUARTER_HOUR;
  const seconds = Math.floor(now / 1000);
  return { remaining, resetIn: period - (seconds % period), index };
}
