import { REDACTED, type Output } from "./redaction-output.ts";
import { VALUE_END, isQuote, skipBlanks } from "./value-scan.ts";

/**
 * `--access-token <t>`, `--client-secret "<s>"`: a command-line long flag named like a credential
 * and its value after blanks. A flag's value is a secret whatever its length or shape (a
 * password may be a plain word); the next flag (`--token-stdin --verbose`) is not a value.
 */
export function flagValue(text: string, i: number, out: Output): number {
  if (text[i] !== " " && text[i] !== "\t" && text[i] !== "=") return -1;
  const from = skipBlanks(text, text[i] === "=" ? i + 1 : i);
  const q = text[from];
  if (isQuote(q)) {
    let to = from + 1;
    while (to < text.length && text[to] !== q && text[to] !== "\n") to++;
    if (to === from + 1) return -1;
    out.cut(from + 1, to);
    return to;
  }
  let to = from;
  while (to < text.length && !VALUE_END.includes(text[to] as string)) to++;
  if (to === from || text[from] === "-" || text.startsWith(REDACTED, from)) return -1;
  out.cut(from, to);
  return to;
}

// Words that make a command store a secret (`aws ssm put-parameter --type SecureString`,
// `--name /prod/db/password`), looked for in the stretch of its line before a `--value`.
const SECRET_COMMAND_WORDS = ["securestring", "passw", "secret", "token"];
const COMMAND_LOOKBACK = 300;

/** `--value <v>` in a command that stores a secret: the value is the secret. */
export function secretValueFlag(text: string, key: string, start: number): boolean {
  if (key !== "value" || text[start - 1] !== "-" || text[start - 2] !== "-") return false;
  // A bounded look back, so that many flags on one long line stay linear.
  let line = text.slice(Math.max(0, start - COMMAND_LOOKBACK), start);
  line = line.slice(line.lastIndexOf("\n") + 1).toLowerCase();
  return SECRET_COMMAND_WORDS.some((word) => line.includes(word));
}
