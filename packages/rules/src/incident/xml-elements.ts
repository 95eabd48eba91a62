import type { Output } from "./redaction-output.ts";
import { MAX_NAME } from "./value-scan.ts";

// How far a start tag's attributes may run before its `>` (`<wsse:Password Type="…#PasswordText">`).
const MAX_ATTRIBUTES = 200;

/** A character of an XML name prefix (`wsse`, `soap-env`, `ns2`). */
function nameChar(c: string): boolean {
  return (
    (c >= "a" && c <= "z") || (c >= "A" && c <= "Z") || (c >= "0" && c <= "9") || "_.-".includes(c)
  );
}

/**
 * Where the `>` of a start tag whose name ends at `i` is, when the name opens a tag (`<Password`,
 * `<wsse:Password`) and attributes follow; -1 otherwise. Bounded, so the scan stays linear.
 */
export function tagEnd(text: string, start: number, i: number): number {
  if (text[i] !== " " && text[i] !== "\t") return -1;
  let k = start - 1;
  if (text[k] === ":") {
    k--;
    while (k >= 0 && start - k <= MAX_NAME && nameChar(text[k] as string)) k--;
  }
  if (text[k] !== "<") return -1;
  for (let j = i; j < text.length && j - i <= MAX_ATTRIBUTES; j++) {
    const c = text[j];
    if (c === ">") return text[j - 1] === "/" ? -1 : j;
    if (c === "<" || c === "\n") return -1;
  }
  return -1;
}

/** `<Password>secret</Password>`, `<wsse:Password>…`: an element named like a credential. */
export function element(text: string, i: number, out: Output): number {
  let j = i + 1;
  while (j < text.length && text[j] !== "<" && text[j] !== "\n") j++;
  if (j > i + 1) out.cut(i + 1, j);
  return j;
}
