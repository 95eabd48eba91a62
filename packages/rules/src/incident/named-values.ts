import { callArguments, lettersAndDigits } from "./call-arguments.ts";
import { REDACTED, type Output } from "./redaction-output.ts";
import { KEY_NAME } from "./secret-patterns.ts";
import { flagValue, secretValueFlag } from "./flag-values.ts";
import { MAX_NAME, VALUE_END, isQuote, skipBlanks } from "./value-scan.ts";
import { element, tagEnd } from "./xml-elements.ts";

// Parts of a (normalised: lower case, no `-_.$`) name that make its value a credential.
const SECRET_NAME_PARTS = [
  "token",
  "secret",
  "passw",
  "passphrase",
  "pwd",
  "apikey",
  "signature",
  "credential",
  "sess",
  "cookie",
  "authorization",
  "privatekey",
  "accesskey",
  "accountkey",
  "clientkey",
  "connectionstring",
  "csrf",
  "xsrf",
  "honeycomb",
];
// Whole names (normalised) whose value is a credential.
const SECRET_NAMES = new Set([
  "sig",
  "key",
  "sid",
  "auth",
  "pass",
  "jwt",
  "hmac",
  "dsn",
  "devicecode",
  "usercode",
  "authcode",
  // eBay's "Cert ID" is the application's client secret (ebaysdk's `ebay.yaml`: `certid:`).
  "certid",
]);
// Endings of names whose value is a credential (`x-api-key`, `connect.sid`, `AZDO_PAT`, `db_pw`).
const SECRET_ENDINGS = ["key", "sid", "pat", "auth", "pw"];
// Names that look like credentials but hold evidence: exception classes (`InvalidSignatureException:`
// starts a message), idempotency keys and account ids that identify, not authenticate.
const NOT_SECRET_ENDINGS = [
  "error",
  "exception",
  "errors",
  "warning",
  "idempotencykey",
  "accountsid",
];
const NOT_SECRET_NAMES = new Set(["keyid", "tokentype"]);
// Parts of a query parameter name (normalised) that make its value a credential (`appid=`).
const QUERY_NAME_PARTS = [
  "key",
  "token",
  "secret",
  "auth",
  "appid",
  "passw",
  "pwd",
  "session",
  "license",
  "licence",
];
// Names printed before their value with only a space (`subscription key <key>`, `token <t>`).
const SPACED_NAMES = new Set([
  "token",
  "password",
  "passwd",
  "secret",
  "apikey",
  "accesskey",
  "secretkey",
  "subscriptionkey",
]);
// Words before `key` that make it a credential name (`subscription key`, `api key`).
const KEY_QUALIFIERS = ["subscription", "api", "access", "secret", "private"];
const MIN_SPACED = 16;
// Names whose value is a password: redacted even when it looks like a plain word.
const PASSWORD_PARTS = ["passw", "pwd", "pass", "secret", "passphrase"];
// Headers whose whole value is a credential, spaces included (`Bearer abc`, `a=b; c=d`).
const WHOLE_VALUE = new Set(["authorization", "proxyauthorization", "cookie", "setcookie"]);
const NOT_SECRET_VALUES = new Set(["", "null", "true", "false", "none", "undefined", REDACTED]);

export function normalise(name: string): string {
  let key = name.toLowerCase();
  for (const c of "-_.$") if (key.includes(c)) key = key.replaceAll(c, "");
  return key;
}

export function isSecretName(key: string, before: string): boolean {
  if (NOT_SECRET_NAMES.has(key) || NOT_SECRET_ENDINGS.some((end) => key.endsWith(end)))
    return false;
  if (SECRET_NAMES.has(key) || SECRET_ENDINGS.some((end) => key.endsWith(end))) return true;
  const query = before === "?" || before === "&";
  // An OAuth `code` or `state` in a query string; elsewhere `code` is usually an error code.
  if (key === "code" || key === "state") return query;
  if (query && queryKey(key)) return true;
  return SECRET_NAME_PARTS.some((part) => key.includes(part));
}

/** A query parameter name that carries a key (`appid=`, `auth_key=`, `x-sig=`). */
function queryKey(key: string): boolean {
  if (key.startsWith("keyword") || key.includes("author")) return false;
  return (
    QUERY_NAME_PARTS.some((part) => key.includes(part)) ||
    key.startsWith("sig") ||
    key.endsWith("sig")
  );
}

/** The secret part of the value that starts at `i`: `[from, to)`, and where reading goes on. */
function valueSpan(
  text: string,
  i: number,
  key: string,
  lineStart: boolean,
  open: string,
): { from: number; to: number; next: number } {
  // A value quoted inside a JSON string: `\"password\": \"…\"`.
  if (text[i] === "\\" && isQuote(text[i + 1])) {
    let j = i + 2;
    while (
      j < text.length &&
      text[j] !== "\n" &&
      !(text[j] === "\\" && text[j + 1] === text[i + 1])
    )
      j++;
    return { from: i + 2, to: j, next: j };
  }
  const quote = text[i];
  if (isQuote(quote)) {
    let j = i + 1;
    while (j < text.length && text[j] !== quote && text[j] !== "\n") j += text[j] === "\\" ? 2 : 1;
    const to = Math.min(j, text.length);
    return { from: i + 1, to, next: to };
  }
  let j = i;
  if (lineStart || WHOLE_VALUE.has(key)) {
    // A header's value runs to the end of the line, or to the quote a `-H "…"` opened.
    while (j < text.length && text[j] !== "\n" && text[j] !== "\r" && text[j] !== open) j++;
  } else {
    while (j < text.length && !VALUE_END.includes(text[j] as string)) j++;
  }
  return { from: i, to: j, next: j };
}

/**
 * `auth=("user", "secret")`, `'auth' => ['user', 'secret']`, `NetworkCredential("u", "p")`,
 * `auth: {:bearer, "secret"}` (Elixir):
 * the quoted strings of a tuple after a credential name, all but the first (a user name) when
 * there are several (or, when `bare`, the whole content if nothing is quoted). Reads to the
 * closing bracket or the end of the line; returns where it stopped, or -1 when it holds no
 * quoted string and nothing was cut (its names are then read one by one).
 */
function tuple(
  text: string,
  i: number,
  out: Output,
  bare: boolean,
  unquoted: Record<string, number>,
): number {
  const close = text[i] === "(" ? ")" : text[i] === "{" ? "}" : "]";
  // Inside a span already scanned without a quote up to the same closing bracket.
  if (!bare && i < (unquoted[close] ?? -1)) return -1;
  const spans: [number, number][] = [];
  let j = i + 1;
  while (j < text.length && text[j] !== close && text[j] !== "\n") {
    const q = text[j];
    if (isQuote(q)) {
      let k = j + 1;
      while (k < text.length && text[k] !== q && text[k] !== "\n") k += text[k] === "\\" ? 2 : 1;
      spans.push([j + 1, Math.min(k, text.length)]);
      j = k + 1;
      // `{"user": "x"}` is an object, not a tuple: its fields are read one by one.
      if (spans.length === 1 && text[skipBlanks(text, j)] === ":") return -1;
    } else j++;
  }
  for (const [from, to] of spans.length > 1 ? spans.slice(1) : spans)
    if (to > from) out.cut(from, to);
  const end = Math.min(j, text.length);
  if (spans.length > 0) return end;
  // `X-Api-Key=[abc]` (a Java map of lists): unquoted, the whole content is the value.
  if (bare && j > i + 1) {
    out.cut(i + 1, end);
    return end;
  }
  // `token (client_secret=…)` is prose in parentheses: the names inside are read on their own.
  // The scan's end is kept, so a later bracket inside it is not scanned again (linear).
  unquoted[close] = end;
  return -1;
}

/** True when the word before `start` (across blanks) is `word`, case-insensitively. */
function wordBefore(text: string, start: number, word: string): boolean {
  let k = start - 1;
  while (text[k] === " " || text[k] === "\t") k--;
  if (k === start - 1) return false;
  const from = k + 1 - word.length;
  if (from < 0 || text.slice(from, k + 1).toLowerCase() !== word) return false;
  const c = text[from - 1] ?? "";
  return !((c >= "a" && c <= "z") || (c >= "A" && c <= "Z"));
}

/**
 * `subscription key <key>`, `api key <key>`, `token <token>`, `password <p>`: a credential name
 * and its value with only blanks between (log lines, exception messages). The value must read as
 * a token (16+ characters, letters and digits, no URL), so `token is expired` stays. Returns
 * where the value ends when it was cut, or -1.
 */
function spacedValue(text: string, i: number, key: string, start: number, out: Output): number {
  if (text[start - 1] === "-" && text[start - 2] === "-")
    // `--password-stdin`, `--token-file <path>` name where the secret is, not the secret.
    return key.endsWith("stdin") || key.endsWith("file") ? -1 : flagValue(text, i, out);
  // Config files separate a name from its value with blanks too: Fluent Bit's `http_Passwd  x`,
  // `Header  X-API-Key x`; so a name that ends in one of the spaced names counts.
  const named =
    SPACED_NAMES.has(key) ||
    [...SPACED_NAMES].some((name) => name.length > 5 && key.endsWith(name)) ||
    (key === "key" && KEY_QUALIFIERS.some((word) => wordBefore(text, start, word)));
  if (!named || (text[i] !== " " && text[i] !== "\t")) return -1;
  const from = skipBlanks(text, i);
  let to = from;
  while (to < text.length && !VALUE_END.includes(text[to] as string)) to++;
  const value = text.slice(from, to);
  if (value.length < MIN_SPACED || !lettersAndDigits(value, 1) || value.includes("://")) return -1;
  out.cut(from, to);
  return to;
}

/**
 * A lower-case word of a few letters or a short number: `token: token is expired` is a
 * message and `token: 401` a status, not keys.
 */
function plainWord(value: string): boolean {
  if (value.length > 8) return false;
  let letters = 0;
  let digits = 0;
  for (const c of value) {
    if (c >= "a" && c <= "z") letters++;
    else if (c >= "0" && c <= "9") digits++;
    else return false;
  }
  return letters === value.length || (digits === value.length && digits <= 4);
}

/**
 * Where the separator after a name ends and its value starts, or undefined when there is none.
 * A comma separates only in a call or tuple (`add('x-api-key', '…')`), where `opened` is true.
 */
function separator(
  text: string,
  i: number,
  opened: boolean,
): { sep: string; at: number } | undefined {
  const sep = text[i];
  if (sep === "(" || sep === ">") return { sep, at: i };
  if (sep === ",") {
    if (!opened) return undefined;
    const at = skipBlanks(text, i + 1);
    return isQuote(text[at]) ? { sep, at } : undefined;
  }
  if (sep !== ":" && sep !== "=") return undefined;
  let at = i + 1;
  if (text[at] === ">" || (sep === ":" && text[at] === "=")) at++;
  if (text[at] === "/" && text[at + 1] === "/") return undefined;
  return { sep, at: skipBlanks(text, at) };
}

/**
 * `name: value`, `name=value`, `"name": "value"`, `-H "Name: value"`, `['name'] = 'value'`,
 * `('name', 'value')`, `<Name>value</Name>` and `name=(user, secret)` where the name says the
 * value is a credential: headers, JSON, YAML and XML fields, query and form parameters,
 * cookies, environment variables, connection-string parts (`Password=…;`), SDK calls. Every
 * value read is skipped by the scan, so the whole pass is linear in the text.
 */
export function namedValues(text: string, out: Output): void {
  const unquoted: Record<string, number> = {};
  KEY_NAME.lastIndex = 0;
  for (let m = KEY_NAME.exec(text); m; m = KEY_NAME.exec(text)) {
    // A run longer than any real name is text (or an attack), not a key; the shortest is `sig`.
    if (m[0].length > MAX_NAME || m[0].length < 3) continue;
    const start = m.index;
    const before = text[start - 1] ?? "";
    const key = normalise(m[0]);
    if (!isSecretName(key, before)) {
      const after = start + m[0].length;
      const end = secretValueFlag(text, key, start)
        ? flagValue(text, after, out)
        : callArguments(text, m[0], skipBlanks(text, after), out, wordBefore(text, start, "new"));
      if (end !== -1) KEY_NAME.lastIndex = end;
      continue;
    }
    let i = start + m[0].length;
    if (isQuote(before) && text[i] === before) i++;
    else if (before === '"' && text[i] === "\\" && text[i + 1] === '"') i += 2;
    if (text[i] === "]") i++;
    const opener = text[isQuote(before) ? start - 2 : start - 1];
    const found = separator(
      text,
      skipBlanks(text, i),
      opener === "(" || opener === "[" || opener === "{",
    );
    if (!found) {
      const tag = tagEnd(text, start, i);
      if (tag !== -1) {
        KEY_NAME.lastIndex = element(text, tag, out);
        continue;
      }
      const end = adjacentValue(text, i, before, out) ?? spacedValue(text, i, key, start, out);
      if (end !== -1) KEY_NAME.lastIndex = end;
      continue;
    }
    // `simple_salesforce.exceptions.SalesforceExpiredSession: …` is a class, not a field.
    const last = m[0].slice(m[0].lastIndexOf(".") + 1, m[0].lastIndexOf(".") + 2);
    if (found.sep === ":" && m[0].includes(".") && last >= "A" && last <= "Z") continue;
    const { sep, at } = found;
    if (sep === ">") {
      if (before === "<" || before === ":") KEY_NAME.lastIndex = element(text, at, out);
      continue;
    }
    if (text[at] === "(" || text[at] === "[" || text[at] === "{") {
      const end = tuple(text, at, out, sep !== "(" && text[at] !== "{", unquoted);
      if (end !== -1) KEY_NAME.lastIndex = end;
      continue;
    }
    if (sep === "(") continue;
    let lineStart = false;
    if (sep === ":") {
      let k = start - 1;
      while (k >= 0 && " \t<>*".includes(text[k] as string)) k--;
      lineStart = k < 0 || text[k] === "\n";
    }
    const open = isQuote(before) ? before : "\n";
    const { from, to, next } = valueSpan(text, at, key, lineStart, open);
    if (to <= from) continue;
    const bare = !isQuote(text[at]) && !lineStart && !WHOLE_VALUE.has(key);
    if (bare && plainWord(text.slice(from, to)) && !PASSWORD_PARTS.some((p) => key.includes(p)))
      continue;
    if (to - from < 12 && NOT_SECRET_VALUES.has(text.slice(from, to).trim().toLowerCase()))
      continue;
    // `<add key="http_proxy.password" value="…" />` (NuGet, .NET appSettings): the key attribute
    // names the secret, the value attribute holds it.
    if ((key === "key" || key === "name") && isSecretName(normalise(text.slice(from, to)), "")) {
      const end = valueAttribute(text, next, out);
      if (end !== -1) {
        KEY_NAME.lastIndex = end;
        continue;
      }
    }
    out.cut(from, to);
    KEY_NAME.lastIndex = next;
  }
}

/**
 * A value written right after its name with only blanks between, as Clojure (EDN) maps do:
 * `{"X-Api-Key" "…"}`, `{:password "…"}`, `{:basic-auth ["user" "…"]}`. Only after a quoted
 * name or a `:keyword`, so prose stays. Returns where the value ends, or undefined.
 */
function adjacentValue(text: string, i: number, before: string, out: Output): number | undefined {
  if (!isQuote(before) && before !== ":") return undefined;
  const at = skipBlanks(text, i);
  if (at === i && !isQuote(before)) return undefined;
  const open = text[at];
  const close = open === "[" && before === ":" ? "]" : isQuote(open) ? open : undefined;
  if (close === undefined) return undefined;
  let to = at + 1;
  while (to < text.length && to - at <= MAX_NAME * 4 && text[to] !== close && text[to] !== "\n")
    to++;
  if (text[to] !== close || to === at + 1) return undefined;
  out.cut(at + 1, to);
  return to + 1;
}

/** ` value="…"` at `i` (blanks first): cuts the quoted value, returns where it ends, or -1. */
function valueAttribute(text: string, i: number, out: Output): number {
  let j = isQuote(text[i]) ? i + 1 : i;
  while (text[j] === " " || text[j] === "\t") j++;
  if (text.slice(j, j + 6).toLowerCase() !== "value=") return -1;
  const quote = text[j + 6];
  if (!isQuote(quote)) return -1;
  const from = j + 7;
  let to = from;
  while (to < text.length && to - from <= MAX_NAME * 4 && text[to] !== quote && text[to] !== "\n")
    to++;
  if (text[to] !== quote) return -1;
  out.cut(from, to);
  return to + 1;
}
