import type { Output } from "./redaction-output.ts";
import { isSecretName, normalise } from "./named-values.ts";

// Shortest value cut on the line after an echo (shorter is a word such as `true`).
const MIN_ECHOED = 6;
// Longest name and value read, so the work per occurrence is bounded.
const MAX_READ = 256;
// How a log says whose credentials it uses: `login as <user> / <password>`.
const LOGIN_AS = ["login as ", "logging in as ", "log in as ", "sign in as ", "signing in as "];

function isNameChar(c: string): boolean {
  return (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || c === "_";
}

function isBlank(c: string | undefined): boolean {
  return c === " " || c === "\t" || c === "\r";
}

/** The end of the non-blank run at `from`, at most {@link MAX_READ} long. */
function tokenEnd(text: string, from: number): number {
  let to = from;
  while (to < text.length && to - from < MAX_READ && !isBlank(text[to]) && text[to] !== "\n") to++;
  return to;
}

/**
 * `$ echo $FUNC_KEY` then the key on the next line: a shell that printed a credential-named
 * variable. The whole next line is cut when it is one word. Returns where reading goes on.
 */
function echoedVariable(text: string, at: number, out: Output): number {
  let i = at + 5;
  if (text[i] === '"') i++;
  if (text[i] !== "$") return -1;
  i++;
  if (text[i] === "{") i++;
  const from = i;
  while (i < text.length && i - from < MAX_READ && isNameChar(text[i] as string)) i++;
  if (i === from || !isSecretName(normalise(text.slice(from, i)), "")) return -1;
  while (text[i] === "}" || text[i] === '"' || isBlank(text[i])) i++;
  if (text[i] !== "\n") return -1;
  let value = i + 1;
  while (isBlank(text[value])) value++;
  const end = tokenEnd(text, value);
  let rest = end;
  while (isBlank(text[rest])) rest++;
  if (end - value < MIN_ECHOED || (rest < text.length && text[rest] !== "\n")) return -1;
  out.cut(value, end);
  return end;
}

/** `login as ann@acme.io / hunter2`: the word after the slash is the password. */
function loginAs(text: string, lower: string, at: number, phrase: string, out: Output): number {
  const user = at + phrase.length;
  const userEnd = tokenEnd(text, user);
  if (userEnd === user || text.slice(userEnd, userEnd + 3) !== " / ") return -1;
  const from = userEnd + 3;
  const to = tokenEnd(lower, from);
  if (to - from < 4) return -1;
  out.cut(from, to);
  return to;
}

/**
 * Credentials a shell or a script printed without a name beside them: the value of a
 * credential-named variable echoed on the line after `echo $NAME`, and the password of
 * `login as <user> / <password>`. One pass of literal searches, linear in the text.
 */
export function shellOutput(text: string, out: Output): void {
  const lower = text.toLowerCase();
  const found: [number, (at: number) => number][] = [];
  for (let at = text.indexOf("echo "); at !== -1; at = text.indexOf("echo ", at + 1))
    found.push([at, (a) => echoedVariable(text, a, out)]);
  for (const phrase of LOGIN_AS)
    for (let at = lower.indexOf(phrase); at !== -1; at = lower.indexOf(phrase, at + 1))
      found.push([at, (a) => loginAs(text, lower, a, phrase, out)]);
  found.sort((a, b) => a[0] - b[0]);
  let next = 0;
  for (const [at, read] of found) {
    if (at < next) continue;
    const end = read(at);
    if (end !== -1) next = end;
  }
}
