/**
 * A name the site itself gives a page: an error code or its older name, a symptom in an
 * article's frontmatter, a cause's title; with the index of the page in `Names.pages`.
 */
export type Phrase = [phrase: string, page: number];

/** The site's names for its pages, most specific source first, each page listed once. */
export interface Names {
  phrases: Phrase[];
  /** `[url, title]` of each page a phrase names. */
  pages: [url: string, title: string][];
}

/** A page the query names outright. */
export interface BestBet {
  url: string;
  title: string;
}

/** Lower case, words only: "Payload-Too-Large!" and "payload too large" read the same. */
export function normalise(text: string): string {
  return text
    .toLowerCase()
    .replace(/[^\p{L}\p{N}_]+/gu, " ")
    .trim();
}

const wordCount = (text: string) => (text ? text.split(" ").length : 0);

/**
 * The pages whose own names match the query as a phrase, which Pagefind cannot do (it ranks
 * words, and short pages first): the query is one of the names, or covers most of one
 * (three quarters of its words, in order), or a pasted line contains a name of two words or
 * more. At most `max`, one per page, in the order of `phrases`.
 */
export function bestBets(query: string, { phrases, pages }: Names, max = 2): BestBet[] {
  // A pasted line is short; a 256 KB paste is read for names only as far as a line goes.
  const q = normalise(query.slice(0, 1000));
  if (q.length < 3) return [];
  const qWords = wordCount(q);
  const found = new Map<string, BestBet>();
  for (const [phrase, index] of phrases) {
    if (found.size >= max) break;
    const [url, title] = pages[index] ?? ["", ""];
    const p = normalise(phrase);
    const pWords = wordCount(p);
    const padded = ` ${p} `;
    const matches =
      p === q ||
      (padded.includes(` ${q} `) && qWords / pWords >= 0.75) ||
      (pWords >= 2 && ` ${q} `.includes(padded));
    const path = url.split("#")[0] ?? url;
    if (matches && url && !found.has(path)) found.set(path, { url, title });
  }
  return [...found.values()];
}
