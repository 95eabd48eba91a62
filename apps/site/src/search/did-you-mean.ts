import { editDistance } from "./edit-distance.ts";

/** Words worth correcting: letters only (codes with digits are pasted, not typed), 4+ long. */
const WORD = /[\p{L}\p{N}_]+/gu;
const CORRECTABLE = /^[\p{L}_]{4,}$/u;

/** How far a typo may be from the word it meant: one slip in a short word, two in a long one. */
const maxDistance = (word: string) => (word.length >= 8 ? 2 : 1);

/** The closest known word to `word`, preferring earlier (more important) words on a tie. */
function closest(
  word: string,
  words: readonly string[],
  known: ReadonlySet<string>,
): string | undefined {
  let best: string | undefined;
  let bestDistance = maxDistance(word) + 1;
  for (const candidate of words) {
    const d = editDistance(word, candidate, bestDistance - 1);
    if (d < bestDistance) {
      best = candidate;
      bestDistance = d;
      if (d === 1) break;
    }
  }
  // Two known words run together ("ratelimit") read better apart than a distant correction.
  for (let i = 3; i <= word.length - 3 && bestDistance > 1; i++) {
    const [left, right] = [word.slice(0, i), word.slice(i)];
    if (known.has(left) && known.has(right)) return `${left} ${right}`;
  }
  return best;
}

/**
 * "Did you mean": the query with each word the site does not use replaced by the closest word
 * it does use (`words`: the site's vocabulary, most important first, lower case). Undefined
 * when every word is known or nothing is close enough, so a reader is never sent to a guess
 * that changes nothing.
 */
export function didYouMean(query: string, words: readonly string[]): string | undefined {
  const known = new Set(words);
  let changed = false;
  const corrected = query.replace(WORD, (token) => {
    const word = token.toLowerCase();
    if (!CORRECTABLE.test(word) || known.has(word)) return token;
    const better = closest(word, words, known);
    if (!better) return token;
    changed = true;
    return better;
  });
  return changed ? corrected : undefined;
}
