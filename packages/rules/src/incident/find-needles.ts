/**
 * The phrases and names error signatures search a paste for (see `needlesOf`): literal text,
 * never a regular expression. Plain data, so the widget's page can hand them to its worker.
 */
export interface Needles {
  /** Lower-cased phrases, found anywhere in the lower-cased paste. */
  phrases: string[];
  /** Exception and class names, found case-sensitively as whole identifiers. */
  words: string[];
}

function isIdentChar(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36
  );
}

/** `name` occurs in `text` as a whole identifier (not inside a longer one). */
function hasWord(text: string, name: string): boolean {
  for (let at = text.indexOf(name); at !== -1; at = text.indexOf(name, at + 1)) {
    const before = at === 0 ? 32 : text.charCodeAt(at - 1);
    const after = at + name.length >= text.length ? 32 : text.charCodeAt(at + name.length);
    if (!isIdentChar(before) && !isIdentChar(after)) return true;
  }
  return false;
}

/**
 * Which of the needles a (redacted) paste contains. One literal search per needle over the
 * whole paste, linear in its length: the costly part of matching a large paste, so the widget
 * runs it in its worker, and json-rules-engine then only looks the results up.
 */
export function findNeedles(text: string, needles: Needles): Needles {
  const lower = text.toLowerCase();
  return {
    phrases: needles.phrases.filter((p) => lower.includes(p)),
    words: needles.words.filter((w) => hasWord(text, w)),
  };
}
