import type { Token } from "./query-tokens.ts";

/** A page found by the fallback search, ready to show. */
export interface FoundPage {
  url: string;
  title: string;
  /** Pagefind's excerpt: text with `<mark>` around matched words. */
  excerpt: string;
}

/** What the fallback searched for and found. */
export interface Found {
  terms: string;
  pages: FoundPage[];
}

interface PagefindResult {
  id: string;
  score: number;
  data(): Promise<{ url: string; meta: { title?: string }; excerpt: string }>;
}
interface Pagefind {
  search(term: string): Promise<{ results: PagefindResult[] } | null>;
}

let pagefind: Promise<Pagefind> | undefined;
/**
 * Pagefind's own API, from the same file Pagefind UI loaded: the same module, so the same
 * index, settings and ranking as the dialog's results.
 */
function api(base: string): Promise<Pagefind> {
  pagefind ??= import(/* @vite-ignore */ `${base}pagefind/pagefind.js`) as Promise<Pagefind>;
  return pagefind;
}

const SHOWN = 5;
/** Tokens searched one by one at most (each is a search). */
const MAX_TOKENS = 8;

/**
 * Searches again with a query's distinctive tokens: the strong ones (codes, exceptions,
 * statuses) together, then all of them together; when neither finds a page, each token alone,
 * ranking pages by how many tokens they hold, then by score. Undefined when nothing is found.
 */
export async function fallbackResults(tokens: Token[], base: string): Promise<Found | undefined> {
  if (tokens.length === 0) return undefined;
  const engine = await api(base);
  const strong = tokens.filter((t) => t.strong);
  const attempts = [strong, tokens].filter((a) => a.length > 0).map((a) => a.map((t) => t.text));
  for (const terms of attempts) {
    const found = await engine.search(terms.join(" "));
    if (found?.results.length) return show(terms.join(" "), found.results);
  }
  const each = await Promise.all(
    tokens.slice(0, MAX_TOKENS).map(async (t) => (await engine.search(t.text))?.results ?? []),
  );
  const pages = new Map<string, { result: PagefindResult; tokens: number; score: number }>();
  for (const r of each.flat()) {
    const seen = pages.get(r.id);
    pages.set(r.id, {
      result: r,
      tokens: (seen?.tokens ?? 0) + 1,
      score: (seen?.score ?? 0) + r.score,
    });
  }
  if (pages.size === 0) return undefined;
  const ranked = [...pages.values()]
    .sort((a, b) => b.tokens - a.tokens || b.score - a.score)
    .map((p) => p.result);
  return show(
    tokens
      .slice(0, MAX_TOKENS)
      .map((t) => t.text)
      .join(" · "),
    ranked,
  );
}

async function show(terms: string, results: PagefindResult[]): Promise<Found> {
  const pages = await Promise.all(
    results.slice(0, SHOWN).map(async (r) => {
      const d = await r.data();
      return { url: d.url, title: d.meta.title ?? d.url, excerpt: d.excerpt };
    }),
  );
  return { terms, pages };
}
