/** Pieces the scans of named values share: quotes, blanks and where a value ends. */

export const QUOTES = "\"'`";
// Where an unquoted value ends.
export const VALUE_END = " \t\r\n\"'`&,;<>()[]{}";
// A run longer than any real name is text (or an attack), not a key.
export const MAX_NAME = 80;

export function isQuote(c: string | undefined): c is string {
  return c !== undefined && c !== "" && QUOTES.includes(c);
}

export function skipBlanks(text: string, i: number): number {
  while (text[i] === " " || text[i] === "\t") i++;
  return i;
}
