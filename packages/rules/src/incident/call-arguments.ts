import type { Output } from "./redaction-output.ts";

// Callee endings whose string arguments may be keys: `new SearchClient("APPID", "<key>")`,
// `Client("<token>")`, `BasicAWSCredentials(…)`, `mercadopago.SDK("<access token>")`.
// `validate_webhook(body, headers, "<secret>")`: webhook helpers take the signing secret.
const CALLEE_ENDINGS = [
  "client",
  "credentials",
  "auth",
  "key",
  "token",
  "secret",
  "sdk",
  "webhook",
];
// Characters of a key literal (DeepL's end in `:fx`); anything else (a space, `@`) makes it text or a mail.
const KEY_CHARS = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_+/=.:-";
const MIN_KEY = 24;
const MAX_KEY = 256;
// A call has few arguments; reading at most this many keeps the work per name bounded.
const MAX_ARGUMENTS = 8;

/** True when `s` has at least `n` ASCII letters and `n` digits. */
export function lettersAndDigits(s: string, n: number): boolean {
  let digits = 0;
  let letters = 0;
  for (const c of s) {
    if (c >= "0" && c <= "9") digits++;
    else if ((c >= "a" && c <= "z") || (c >= "A" && c <= "Z")) letters++;
  }
  return digits >= n && letters >= n;
}

/** Where the argument at `j` ends (its comma or the call's `)`), at most {@link MAX_KEY} away. */
function skipArgument(text: string, j: number): number {
  let depth = 0;
  for (let k = j; k < text.length && k - j <= MAX_KEY; k++) {
    const c = text[k];
    if (c === "\n" || c === '"' || c === "'") return k;
    if (c === "(" || c === "[" || c === "{") depth++;
    else if (c === ")" || c === "]" || c === "}") {
      if (depth === 0) return k;
      depth--;
    } else if (c === "," && depth === 0) return k;
  }
  return j;
}

/** True when the quoted literal `s` reads as a key: long, one word, 4+ letters and 4+ digits. */
function keyLiteral(s: string): boolean {
  if (s.length < MIN_KEY || s.length > MAX_KEY || s.includes("://")) return false;
  for (const c of s) if (!KEY_CHARS.includes(c)) return false;
  return lettersAndDigits(s, 4);
}

/**
 * An unlabelled key passed to a client constructor: the quoted arguments of a constructor
 * (`new Resend("<key>")`, `constructs`) or of a call whose callee (`name`, the run before `(` at
 * `i`) ends in `Client`, `Credentials`, `Auth`, `Key`, `Token`, `SDK`, `Secret` or `Webhook`,
 * that read as keys (24–256 characters of `[A-Za-z0-9_+/=.-]` with 4+ letters and 4+
 * digits). Short ids (`"LATENCY42X"`, an Algolia app id) and words stay. Reads only leading
 * quoted arguments, each at most {@link MAX_KEY} characters, so the work per call is bounded.
 * Returns the end of the last value cut, or -1.
 */
export function callArguments(
  text: string,
  name: string,
  i: number,
  out: Output,
  constructs = false,
): number {
  const word = name.slice(name.lastIndexOf(".") + 1);
  const callee = word.toLowerCase();
  // A class named in CamelCase is a constructor, with or without `new` (Python's
  // `deepl.Translator("<key>")`, `TodoistAPI("<token>")`).
  const cls =
    word[0] !== undefined && word[0] >= "A" && word[0] <= "Z" && word !== word.toUpperCase();
  if (text[i] !== "(" || !(constructs || cls || CALLEE_ENDINGS.some((end) => callee.endsWith(end))))
    return -1;
  let last = -1;
  let j = i + 1;
  for (let n = 0; n < MAX_ARGUMENTS; n++) {
    while (text[j] === " " || text[j] === "\t") j++;
    const quote = text[j];
    if (quote !== '"' && quote !== "'") {
      // An argument that is not a literal (`request.headers`, `body()`): skipped to its comma.
      j = skipArgument(text, j);
      if (text[j] !== ",") break;
      j++;
      continue;
    }
    const from = j + 1;
    let close = from;
    while (
      close < text.length &&
      close - from <= MAX_KEY &&
      !`${quote}\n`.includes(text[close] as string)
    )
      close++;
    if (text[close] !== quote) break;
    if (keyLiteral(text.slice(from, close))) {
      out.cut(from, close);
      last = close;
    }
    j = close + 1;
    while (text[j] === " " || text[j] === "\t") j++;
    if (text[j] !== ",") break;
    j++;
  }
  return last;
}
