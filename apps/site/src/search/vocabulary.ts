/** Text the site uses, with how much its words count (a title counts more than a paragraph). */
export interface VocabularySource {
  text: string;
  weight: number;
}

const WORD = /[\p{L}_][\p{L}\p{N}_]*/gu;

/**
 * The site's vocabulary for "did you mean": every word of three letters or more in `sources`,
 * lower case, most important first (summed weight, then alphabetical, so builds are
 * reproducible), at most `limit` words.
 */
export function buildVocabulary(sources: readonly VocabularySource[], limit = 20_000): string[] {
  const score = new Map<string, number>();
  for (const { text, weight } of sources) {
    for (const [word] of text.toLowerCase().matchAll(WORD)) {
      if (word.length >= 3) score.set(word, (score.get(word) ?? 0) + weight);
    }
  }
  return [...score]
    .sort(([a, x], [b, y]) => y - x || (a < b ? -1 : a > b ? 1 : 0))
    .slice(0, limit)
    .map(([word]) => word);
}

/** Every string in a value (a tree's questions, options, causes…), for the vocabulary. */
export function stringsIn(value: unknown): string[] {
  if (typeof value === "string") return [value];
  if (Array.isArray(value)) return value.flatMap(stringsIn);
  if (value && typeof value === "object") return Object.values(value).flatMap(stringsIn);
  return [];
}
