import {
  AUTH_SCHEME,
  CURL_CREDENTIAL,
  KEY_PAIRS,
  PEM_PRIVATE_HEADER,
  TOKEN_SHAPES,
  PATH_KEY,
  URL_CANDIDATE,
  WEBHOOK_PATH,
} from "./secret-patterns.ts";
import { lettersAndDigits } from "./call-arguments.ts";
import { namedValues } from "./named-values.ts";
import { shellOutput } from "./shell-output.ts";
import { Output, REDACTED } from "./redaction-output.ts";

export { REDACTED };

const BASIC_SCHEMES = new Set(["basic", "digest", "negotiate"]);
// Auth-param names of challenges (RFC 9110 §11.6.1, RFC 6750 §3, RFC 7616 §3.3).
const CHALLENGE_PARAMS = new Set([
  "realm",
  "error",
  "error_description",
  "error_uri",
  "scope",
  "charset",
  "nonce",
  "qop",
  "algorithm",
  "opaque",
  "stale",
  "domain",
  "userhash",
  "resource_metadata",
]);

/** True when `s` has a digit or an upper-case letter: real tokens do, words and ids often not. */
function mixed(s: string): boolean {
  for (const c of s) if ((c >= "0" && c <= "9") || (c >= "A" && c <= "Z")) return true;
  return false;
}

/**
 * A path segment that reads as a token: 16+ characters with both letters and digits, or 20+
 * capital letters (a Slack-style webhook token as the docs print it, `XXXXXXXX…`); a
 * `PaymentGatewayService` path stays.
 */
function tokenSegment(s: string): boolean {
  if (s.length >= 16 && lettersAndDigits(s, 1)) return true;
  if (s.length < 20) return false;
  for (const c of s) if (c < "A" || c > "Z") return false;
  return true;
}

function isAlnum(c: string): boolean {
  return (c >= "0" && c <= "9") || (c >= "a" && c <= "z") || (c >= "A" && c <= "Z");
}

/** Private keys in PEM form, from the BEGIN line to the END line (or the end of the paste). */
function pemBlocks(out: Output): void {
  const { text } = out;
  for (let i = text.indexOf("-----BEGIN "); i !== -1; i = text.indexOf("-----BEGIN ", i + 1)) {
    if (i < out.at) continue;
    PEM_PRIVATE_HEADER.lastIndex = i;
    const header = PEM_PRIVATE_HEADER.exec(text);
    if (!header) continue;
    const bodyStart = i + header[0].length;
    const end = text.indexOf("-----END ", bodyStart);
    const close = end === -1 ? -1 : text.indexOf("-----", end + 9);
    const stop = close === -1 ? text.length : close + 5;
    out.cut(bodyStart, end === -1 ? text.length : end);
    i = stop - 1;
  }
}

/**
 * `scheme://user:password@host`, for any scheme; the password may itself contain `@`. A run
 * can hold several URLs (`?next=postgres://…`): each `://` is read up to the next one.
 */
function urlUserinfo(text: string, out: Output): void {
  for (const m of text.matchAll(URL_CANDIDATE)) {
    const run = m[0];
    for (let scheme = run.indexOf("://"); scheme !== -1;) {
      const from = scheme + 3;
      const nextScheme = run.indexOf("://", from);
      const region = run.slice(from, nextScheme === -1 ? run.length : nextScheme);
      scheme = nextScheme;
      const query = region.indexOf("?");
      const at = region.lastIndexOf("@", query === -1 ? region.length : query);
      if (at <= 0) continue;
      const userinfo = region.slice(0, at);
      // `https://host/users/a@b.com` has an `@` in its path, not user-info.
      if (userinfo.includes("/") && !userinfo.includes(":")) continue;
      out.cut(m.index + from, m.index + from + at);
    }
  }
}

/** `text` with each match of a global `pattern` replaced by `replace(match)`; counts changes. */
function replaceAll(text: string, pattern: RegExp, replace: (m: RegExpExecArray) => string) {
  let count = 0;
  const parts: string[] = [];
  let at = 0;
  pattern.lastIndex = 0;
  for (let m = pattern.exec(text); m; m = pattern.exec(text)) {
    const next = replace(m);
    if (next === m[0]) continue;
    parts.push(text.slice(at, m.index), next);
    at = m.index + m[0].length;
    count++;
  }
  if (count === 0) return { result: text, count };
  parts.push(text.slice(at));
  return { result: parts.join(""), count };
}

function runPass(text: string, pass: (text: string, out: Output) => void) {
  const out = new Output(text);
  pass(text, out);
  return { result: out.done(), count: out.count, seen: out.seen };
}

/**
 * Echoes of secrets found by their name: a value redacted after `refresh_token=` that the error
 * message quotes back (`Refresh token invalid: <token>`) has no name there to find it by.
 */
function echoes(text: string, seen: Set<string>): { result: string; count: number } {
  let result = text;
  let count = 0;
  for (const secret of seen) {
    const parts = result.split(secret);
    if (parts.length === 1) continue;
    count += parts.length - 1;
    result = parts.join(REDACTED);
  }
  return { result, count };
}

function tokenPasses(text: string): { result: string; count: number } {
  let count = 0;
  let out = text;
  const apply = (pattern: RegExp, replace: (m: RegExpExecArray) => string) => {
    const step = replaceAll(out, pattern, replace);
    out = step.result;
    count += step.count;
  };
  for (const [pattern, min] of TOKEN_SHAPES)
    apply(pattern, (m) => (m[0].length >= min && mixed(m[0]) ? `${m[1] ?? ""}${REDACTED}` : m[0]));
  // A webhook path's token: a segment of 16+ characters with letters and digits, not a word or
  // a numeric id (`/api/webhooks/123456789012345678/<token>` keeps the id).
  apply(WEBHOOK_PATH, (m) => {
    const [, lead = "", path = ""] = m;
    return `${lead}${path
      .split("/")
      .map((s) => (tokenSegment(s) ? REDACTED : s))
      .join("/")}`;
  });
  // A key as the segment after `/v3/` or `/key/`: a whole segment (not the start of a UUID or a
  // `name-123` slug) of 32+ letters and digits.
  apply(PATH_KEY, (m) => {
    const [all, lead = "", segment = ""] = m;
    const end = m.index + all.length;
    const next = m.input[end] ?? "";
    const after = m.input[end + 1] ?? "";
    // `…/v3/<key>.` ends a sentence; `…/v1/<name>.json` or `…/<uuid-part>-…` go on.
    const whole = next === "." ? !isAlnum(after) : next === "" || !"-_~%+=".includes(next);
    return whole && segment.length >= 32 && lettersAndDigits(segment, 1)
      ? `${lead}${REDACTED}`
      : all;
  });
  for (const pair of KEY_PAIRS)
    apply(pair.pattern, (m) => {
      const [all, sep = "", value = ""] = m;
      const idText = all.slice(0, all.length - sep.length - value.length);
      if (idText.length !== pair.id) return all;
      const id = pair.redactId ? REDACTED : idText;
      return value.length === pair.secret ? `${id}${sep}${REDACTED}` : `${id}${sep}${value}`;
    });
  apply(AUTH_SCHEME, (m) => {
    const [all, scheme = "", space = "", value = ""] = m;
    // `Bearer realm="x", error="invalid_token"` is a challenge, not a credential.
    if (value.endsWith("=") && CHALLENGE_PARAMS.has(value.slice(0, -1).toLowerCase())) return all;
    // Basic credentials are base64 and may be short; a bearer token is long and not one word.
    const basic = BASIC_SCHEMES.has(scheme.toLowerCase());
    const secret = basic ? value.length >= 4 && mixed(value) : value.length >= 8 && mixed(value);
    return secret ? `${scheme}${space}${REDACTED}` : all;
  });
  apply(CURL_CREDENTIAL, (m) => {
    const [, lead = "", flag = "", sep = "", value = ""] = m;
    const q = value[0] === '"' || value[0] === "'" ? value[0] : "";
    const close = q && value.endsWith(q) && value.length > 1 ? q : "";
    return `${lead}${flag}${sep}${q}${REDACTED}${close}`;
  });
  return { result: out, count };
}

/**
 * Replaces credentials in pasted text, before anything else reads it: private keys (PEM blocks
 * and service-account JSON), URL user-info for any scheme (`postgres://u:p@h`, passwords with
 * `@`), values of credential-named headers, fields, parameters and cookies wherever they are on
 * a line (`Authorization`, `X-Api-Key`, `password=`, `client_secret:`, `sessionid=`,
 * `AccountKey=`, `sig=`), authorization schemes (`Bearer`, `Basic`), `curl -u`/`-b` and HTTPie
 * `-a` values, token segments of webhook paths on any host, and well-known token shapes (JWTs,
 * AWS keys, GitHub, GitLab, npm, OpenAI, Slack tokens and webhooks, Stripe, SendGrid, Shopify,
 * Twilio, Google), and every other occurrence of a value found by its name (at most 32 values,
 * one scan each). Every step is linear in the text.
 * Returns the text and how many secrets were replaced.
 */
export function redact(text: string): { text: string; count: number } {
  let count = 0;
  let out = text;
  const seen = new Set<string>();
  for (const pass of [
    (t: string) => runPass(t, (s, o) => pemBlocks(o)),
    (t: string) => runPass(t, urlUserinfo),
    (t: string) => runPass(t, namedValues),
    (t: string) => runPass(t, shellOutput),
    tokenPasses,
    (t: string) => echoes(t, seen),
  ]) {
    const step: { result: string; count: number; seen?: Set<string> } = pass(out);
    out = step.result;
    count += step.count;
    for (const secret of step.seen ?? []) seen.add(secret);
  }
  return { text: out, count };
}
