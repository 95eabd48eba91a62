import type { JsonFound } from "./json-spans.ts";
import { oauthErrors } from "./signals.ts";

/** RFC 6749 §5.2's codes, GitHub's and OpenID Connect's (Core §3.1.2.6) that clients print. */
const oauthCodes = [
  ...oauthErrors,
  "bad_verification_code",
  "consent_required",
  "interaction_required",
  "login_required",
];

/** Most JSON nodes indexed per paste. */
const MAX_NODES = 4000;
const MAX_DEPTH = 10;

/**
 * JSON fields by path, lower-cased, for every suffix of every path: `error.errors[].reason`
 * is also filed as `errors[].reason` and `reason`, so a signature written for a provider's body
 * matches it when an SDK wraps it (`response.data.error…`). Values are lower-cased strings;
 * objects and arrays are filed with no value, so a path can be tested for presence.
 */
export type JsonIndex = Map<string, string[]>;

function file(index: JsonIndex, segments: string[], value: string | undefined): void {
  for (let from = 0; from < segments.length; from++) {
    const key = segments.slice(from).join(".");
    let values = index.get(key);
    if (!values) {
      values = [];
      index.set(key, values);
    }
    if (value !== undefined && values.length < 20) values.push(value);
  }
}

/** Builds the {@link JsonIndex} of the JSON values found in a paste. */
export function indexJson(found: JsonFound[]): JsonIndex {
  const index: JsonIndex = new Map();
  let nodes = 0;
  const walk = (value: unknown, segments: string[], depth: number): void => {
    if (nodes++ > MAX_NODES || depth > MAX_DEPTH) return;
    if (Array.isArray(value)) {
      if (segments.length > 0) file(index, segments, undefined);
      const last = segments.length - 1;
      const item = last >= 0 ? [...segments.slice(0, last), `${segments[last]}[]`] : ["[]"];
      for (const v of value.slice(0, 50)) walk(v, item, depth + 1);
    } else if (typeof value === "object" && value !== null) {
      if (segments.length > 0) file(index, segments, undefined);
      for (const [k, v] of Object.entries(value).slice(0, 100))
        walk(v, [...segments, k.toLowerCase()], depth + 1);
    } else if (
      segments.length > 0 &&
      (typeof value === "string" || typeof value === "number" || typeof value === "boolean")
    ) {
      const text = String(value);
      file(index, segments, text.slice(0, 300).toLowerCase());
    }
  };
  for (const { value } of found) walk(value, [], 0);
  return index;
}

/** Error codes are single tokens: a message with spaces is not a code. */
const CODE = /^[A-Za-z][\w.:#/-]{1,99}$/;

/** Every pattern this file runs over pasted text, for the registry (paste-patterns.ts). */
export const jsonIndexPatterns = { "json-index.code": CODE };

/**
 * Where providers put their error code, most specific first: Google's `error.errors[].reason`,
 * GraphQL's `extensions.code`, Salesforce's `errorCode`, AWS's `__type` (after `#`), nested and
 * flat `code`, Google's `error.status`, OAuth's and Slack's `error`, Stripe's `error.type`.
 */
const codePaths = [
  "error.errors[].reason",
  "errors[].reason",
  "reason",
  "extensions.code",
  "errorcode",
  "error_code",
  "__type",
  "error.code",
  "code",
  "error.status",
  "error",
  "error.type",
];

/** The error codes a JSON body or an XML error (`<Code>…</Code>`) names, most specific first. */
export function errorCodes(found: JsonFound[], text: string): string[] {
  const codes: string[] = [];
  const add = (value: unknown) => {
    if (typeof value !== "string") return;
    const code = value.includes("#") ? value.slice(value.lastIndexOf("#") + 1) : value;
    if (CODE.test(code) && !codes.includes(code) && codes.length < 10) codes.push(code);
  };
  for (const path of codePaths) {
    for (const { value } of found) collect(value, path.split("."), 0, add);
  }
  // Microsoft Entra ID names its error `AADSTS<number>` inside the description; it is more
  // specific than the OAuth `error` beside it, so it goes first.
  const aadsts = text.indexOf("AADSTS");
  if (aadsts !== -1) {
    let end = aadsts + 6;
    while (
      end < text.length &&
      end < aadsts + 14 &&
      text.charCodeAt(end) >= 48 &&
      text.charCodeAt(end) <= 57
    )
      end++;
    if (end > aadsts + 6) codes.unshift(text.slice(aadsts, end));
  }
  // botocore and the AWS CLI: `An error occurred (ThrottlingException) when calling …`.
  const aws = text.indexOf("An error occurred (");
  if (aws !== -1) {
    const end = text.indexOf(")", aws + 19);
    if (end !== -1 && end - aws < 120) add(text.slice(aws + 19, end));
  }
  // OAuth codes quoted outside a JSON body: golang.org/x/oauth2 prints `oauth2: "invalid_grant" "…"`;
  // Node's inspect and Python's repr quote with `'` (`error: 'invalid_grant'`), and
  // google-auth-library throws the code as the message (`Error: invalid_grant`), prawcore too
  // (`OAuthException: invalid_grant error processing request`), and oauthlib in brackets
  // (`InvalidGrantError: (invalid_grant) …`).
  for (const code of oauthCodes)
    if (
      text.includes(`"${code}"`) ||
      text.includes(`'${code}'`) ||
      text.includes(`Error: ${code}`) ||
      text.includes(`Exception: ${code}`) ||
      text.includes(`(${code})`)
    )
      add(code);
  // XML error bodies (S3, SOAP faults): the first few `<Code>` elements.
  for (const tag of ["<Code>", "<faultcode>", "<code>"]) {
    let at = text.indexOf(tag);
    for (let n = 0; at !== -1 && n < 3; n++) {
      const end = text.indexOf("<", at + tag.length);
      if (end !== -1 && end - at < 120) add(text.slice(at + tag.length, end).trim());
      at = text.indexOf(tag, at + 1);
    }
  }
  return codes;
}

/** Walks `path` (with `[]` for array items) in `value`, calling `add` on what it reaches. */
function collect(value: unknown, path: string[], depth: number, add: (v: unknown) => void): void {
  if (depth > MAX_DEPTH || typeof value !== "object" || value === null) return;
  const [head, ...rest] = path;
  if (head === undefined) return;
  const many = head.endsWith("[]");
  const key = many ? head.slice(0, -2) : head;
  const record = value as Record<string, unknown>;
  const own = Object.keys(record).find((k) => k.toLowerCase() === key);
  const next = own === undefined ? undefined : record[own];
  const items = many ? (Array.isArray(next) ? next.slice(0, 20) : []) : [next];
  for (const item of items) {
    if (rest.length === 0) add(item);
    else collect(item, rest, depth + 1, add);
  }
  // The same path inside a wrapper (an SDK's `response.data`, a batch array).
  if (depth < 2) {
    const children = Array.isArray(value) ? value.slice(0, 20) : Object.values(record);
    for (const child of children) if (child !== next) collect(child, path, depth + 1, add);
  }
}
