/** Size of every adversarial paste: the most `parseIncident` reads (MAX_INCIDENT_CHARS). */
export const ADVERSARIAL_SIZE = 256 * 1024;

/** `unit` repeated to `size` characters, then `suffix`. */
export function fill(unit: string, suffix = "", size = ADVERSARIAL_SIZE): string {
  return (
    unit.repeat(Math.ceil((size - suffix.length) / unit.length)).slice(0, size - suffix.length) +
    suffix
  );
}

/**
 * Hand-made pastes that make backtracking patterns slow: long runs of what a pattern skips
 * (blanks, newlines), prefixes that start a match again and again without finishing it
 * (`eyJ-`, `a.`, `Bearer `, `-----BEGIN `), and the attack strings `recheck` found against
 * the patterns issue #12 reported (kept so the old shapes never come back).
 */
export const adversarialPastes: Record<string, string> = {
  newlines: fill("\n"),
  "crlf lines": fill("\r\n"),
  spaces: fill(" "),
  tabs: fill("\t"),
  "one long word": fill("a"),
  "eyJ-": fill("eyJ-"),
  "a.": fill("a."),
  '"a":': fill('"a":'),
  "{": fill("{"),
  "[": fill("["),
  "{}": fill('{"a":{'),
  "Bearer ": fill("Bearer "),
  "HTTP/1.1 ": fill("HTTP/1.1 "),
  "status ": fill("status "),
  "a=": fill("a="),
  "a:": fill("a:"),
  "password=": fill("password="),
  '"token": "': fill('"token": "'),
  "Authorization: ": fill("Authorization: "),
  "Cookie lines": fill("Cookie: a\n"),
  '-H "': fill('-H "'),
  "-u ": fill("-u "),
  "https://": fill("https://"),
  "a@": fill("a@"),
  "://a:b@": fill("://a:b@"),
  "-----BEGIN ": fill("-----BEGIN "),
  "unclosed PEM": fill("-----BEGIN PRIVATE KEY-----\n"),
  "sk-": fill("sk-"),
  AKIA: fill("AKIAAAAAAAAAAAAAAAAA "),
  escapes: fill('"\\'),
  "www-authenticate": fill("www-authenticate: error="),
  "header lines": fill("x-ratelimit-remaining:\n"),
  "< markers": fill("< "),
  "token (": fill("token ("),
  'Client("': fill('Client("'),
  'Client("key",': fill('Client("a1b2c3d4e5f6g7h8i9j0k1l2", '),
  "api key ": fill("api key "),
  "/v1/": fill("/v1/"),
  // Attack strings recheck generated for the patterns before issue #12, scaled to 256 KB.
  "jwt attack": fill("eyJyyyy-", "\u0000eyJ-e---.-J0J-."),
  "status attack": `STATUS"${fill("\t", "", ADVERSARIAL_SIZE - 7)}`,
  "status-line attack": `\t${fill("\n\t", "\n111\nHTTP/1\n110", ADVERSARIAL_SIZE - 1)}`,
  "challenge attack": fill("ERROR=WWW-AUTHENTICATE:A", "ERROR=WWW-AUTHENTICATE\n:ERROR=U"),
  "doctype attack": fill("\n", "H\n<HTML"),
  "header attack": fill("\n", ":\nAUTHORIZATION:\t"),
  "bounded jwt attack": fill("eyJ-", "\u0000"),
};

/**
 * Median wall time of `runs` calls of `fn`, in milliseconds, after one call that is not
 * counted (it compiles the code path, which is not what is measured).
 */
export function medianMs(fn: () => unknown, runs = 3): number {
  fn();
  const times: number[] = [];
  for (let i = 0; i < runs; i++) {
    const start = performance.now();
    fn();
    times.push(performance.now() - start);
  }
  return times.sort((a, b) => a - b)[Math.floor(runs / 2)] ?? Infinity;
}

/** Runs a pattern as the code does: every match of a global pattern, one for the others. */
export function scan(pattern: RegExp, text: string): number {
  const re = new RegExp(pattern.source, pattern.flags.replace("y", "g"));
  if (!re.global) return re.exec(text) ? 1 : 0;
  let n = 0;
  for (const _ of text.matchAll(re)) n++;
  return n;
}
