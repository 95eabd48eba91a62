/**
 * What in a query is worth searching for when the whole query finds nothing. Pagefind returns
 * only pages that hold every word, so one host name, port or request id in a pasted error line
 * is enough to find nothing at all.
 */

// Whole pieces of a pasted line that never name a problem: URLs, hosts, IPs with ports, paths,
// quoted JSON keys' punctuation is left to the word split below. Each runs in linear time.
const NOISE = [
  /\b[a-z][a-z0-9+.-]*:\/\/\S*/gi, // URLs
  /\b\d{1,3}(?:\.\d{1,3}){3}(?::\d+)?\b/g, // IPv4, with a port
  /\[[0-9a-f:]+\](?::\d+)?/gi, // IPv6 in brackets
  // Host names (lower case: `java.net.SocketTimeoutException` keeps its class name).
  /\b(?:[a-z0-9-]+\.)+[a-z]{2,}(?::\d+)?\b/g,
  /(?:^|\s)(?:[a-z]:)?[\\/][^\s]*/gi, // paths
  /:\d{2,5}\b/g, // ports
  /"[\w-]+"[ \t]*:/g, // JSON keys: `"error_description":` is a field name, not a code
];

const WORD = /[\p{L}\p{N}_]+/gu;

/** The longest query read for tokens (a pasted line is far shorter). */
export const MAX_QUERY = 1000;

/** Words too common in errors to tell pages apart. */
const STOP = new Set(
  `a an and are as at be but by can cannot could did do does error errors exception failed for
  from has have in into is it its no not of on or that the this to was were when while with
  your you my me we our get post put patch delete http https`.split(/\s+/),
);

/** Error codes: `ECONNREFUSED`, `CERT_HAS_EXPIRED`, `invalid_grant`, `RESOURCE_EXHAUSTED`. */
const CODE = /^(?:[A-Z][A-Z0-9]*_[A-Z0-9_]+|E[A-Z]{4,}|[A-Z]{5,}|[a-z]+(?:_[a-z0-9]+)+)$/;
/** Exception and error class names: `SocketTimeoutException`, `JSONDecodeError`. */
const EXCEPTION = /^[A-Z][A-Za-z]*(?:Exception|Error|Fault)$/;
/** A status code, the only number worth searching for. */
const STATUS = /^[1-5]\d\d$/;
/** Ids and hashes: long hex runs, or words mixing digits with letters beyond a short code. */
const ID = /^(?:[0-9a-f]{8,}|(?=.*\d)(?=.*[a-z])[a-z0-9_]{12,}|\d+)$/i;

/** One distinctive piece of a query, and whether it names the problem by itself. */
export interface Token {
  text: string;
  strong: boolean;
}

/**
 * The query's distinctive tokens, strongest first: error codes, exception names and status
 * codes (`strong`), then other words the site uses (`known`, when given). Hosts, IPs, ports,
 * paths, ids and other numbers are left out, and each token appears once.
 */
export function distinctiveTokens(query: string, known?: (word: string) => boolean): Token[] {
  // The patterns are linear per match but may restart at each word: a bounded query keeps a
  // 256 KB paste from costing more than a line does.
  let text = query.slice(0, MAX_QUERY);
  for (const pattern of NOISE) text = text.replace(pattern, " ");
  const seen = new Set<string>();
  const strong: Token[] = [];
  const weak: Token[] = [];
  for (const [raw] of text.matchAll(WORD)) {
    const lower = raw.toLowerCase();
    if (seen.has(lower)) continue;
    seen.add(lower);
    if (STOP.has(lower)) continue;
    if (STATUS.test(raw) || CODE.test(raw) || EXCEPTION.test(raw))
      strong.push({ text: raw, strong: true });
    else if (ID.test(raw) || lower.length < 3) continue;
    else if (!known || known(lower)) weak.push({ text: raw, strong: false });
  }
  return [...strong, ...weak];
}

/**
 * True when a query reads like an error rather than a topic: a status line or code, an error
 * code, an exception, a JSON body or a message with the words errors use. Cheap, so the paste
 * reader is loaded only for such queries.
 */
export function looksLikeError(query: string): boolean {
  const text = query.slice(0, MAX_QUERY);
  return (
    /[{}]|\b[1-5]\d\d\b|x509|rpc error|HTTP\/\d/i.test(text) ||
    distinctiveTokens(text).some((t) => t.strong) ||
    /\b(?:error|exception|failed|failure|refused|reset|timed? ?out|exceeded|denied|invalid|blocked|expired|unauthori[sz]ed|forbidden|unavailable|hang up|not found|too many|too large|handshake|certificate)\b/i.test(
      text,
    )
  );
}
