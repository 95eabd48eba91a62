import { bestBets } from "./best-bets.ts";
import { diagnose } from "./diagnose-link.ts";
import { didYouMean } from "./did-you-mean.ts";
import { fallbackResults } from "./fallback-search.ts";
import { distinctiveTokens, looksLikeError } from "./query-tokens.ts";
import { assistView, type AssistView, type FallbackKind } from "./assist-view.ts";
import type { SearchData } from "./search-data.ts";

/** What the search dialog's bootstrap tells the assistant. */
export interface Assist {
  /** The reader pasted `text` into the search box (with its line breaks, which the box drops). */
  pasted(text: string): void;
  /** The query changed. */
  changed(): void;
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

const EMPTY: SearchData = { words: [], names: { phrases: [], pages: [] } };
let loaded: Promise<SearchData> | undefined;
/** The site's words and page names (built by src/pages/search/data.json.ts), fetched once. */
function searchData(): Promise<SearchData> {
  loaded ??= fetch(`${base}search/data.json`)
    .then((r) => (r.ok ? (r.json() as Promise<SearchData>) : EMPTY))
    .catch(() => EMPTY);
  return loaded;
}

const squash = (text: string) => text.replace(/\s+/g, "");

/** Fewer results than this for a pasted error also get the distinctive-token search. */
const FEW = 3;

/**
 * Resolves with Pagefind UI's result count once it shows the results of `query` (its message
 * ends with the query; while searching it says "Searching for…" and has no list), or with -1
 * once another query has replaced it.
 */
function pagefindCount(root: HTMLElement, query: string, current: () => boolean): Promise<number> {
  const wanted = query.trim();
  const count = () => {
    const message = root.querySelector(".pagefind-ui__message")?.textContent?.trim() ?? "";
    const list = root.querySelector(".pagefind-ui__results");
    return list && message.endsWith(wanted) ? list.children.length : undefined;
  };
  return new Promise((resolve) => {
    const now = count();
    if (now !== undefined) return resolve(now);
    const observer = new MutationObserver(() => {
      const n = current() ? count() : -1;
      if (n === undefined) return;
      observer.disconnect();
      resolve(n);
    });
    observer.observe(root, { childList: true, subtree: true, characterData: true });
  });
}

/**
 * Adds to Starlight's search dialog what Pagefind alone cannot do: "Diagnose this error" for a
 * pasted error, "Did you mean" for a word the site does not use, and results for the query's
 * distinctive words when the whole query finds nothing, with the entry tree as a way on.
 */
export function attach(root: HTMLElement): Assist {
  const view: AssistView = assistView(base);
  let paste = "";
  let timer: ReturnType<typeof setTimeout> | undefined;
  let generation = 0;
  const input = () => root.querySelector<HTMLInputElement>(".pagefind-ui__search-input");

  const place = () => {
    const drawer = root.querySelector(".pagefind-ui__drawer");
    if (drawer && view.root.nextElementSibling !== drawer) drawer.before(view.root);
  };

  const rerun = (query: string) => {
    const box = input();
    if (!box) return;
    box.value = query;
    box.dispatchEvent(new Event("input", { bubbles: true }));
    box.focus();
  };

  const run = async (query: string, id: number) => {
    const current = () => id === generation;
    const text = paste && squash(paste) === squash(query) ? paste : query;
    const { words: known, names } = await searchData();
    if (!current()) return;
    const knownSet = new Set(known);
    const count = pagefindCount(root, query, current);
    const found = looksLikeError(text) ? await diagnose(text).catch(() => undefined) : undefined;
    if (!current()) return;
    view.diagnose(found);
    // A pasted line is not a misspelling: "did you mean" is for a few typed words.
    const typed = !found && query.trim().split(/\s+/).length <= 6;
    const suggestion = typed ? didYouMean(query, known) : undefined;
    view.suggest(suggestion, rerun);
    // With a filter chosen, the reader is narrowing Pagefind's results: add nothing outside it.
    const filtered = () => root.querySelector(".pagefind-ui__filter-checkbox:checked") !== null;
    view.bestBets(filtered() ? [] : bestBets(query, names));
    const n = await count;
    if (!current()) return;
    // Search again on the query's distinctive words, typos corrected, when the whole query
    // finds nothing, a pasted error finds little, or a typo matched other words loosely (as
    // Pagefind does). A query of words the site never uses gets "nothing matches", whatever
    // Pagefind lists.
    const tokens = distinctiveTokens(suggestion ?? query, (w) => knownSet.has(w));
    const kind: FallbackKind | undefined =
      n < 0 || filtered()
        ? undefined
        : tokens.length === 0
          ? "unknown"
          : n === 0
            ? "zero"
            : suggestion
              ? "corrected"
              : n < FEW && looksLikeError(query)
                ? "few"
                : undefined;
    if (kind) {
      const more = kind === "unknown" ? undefined : await fallbackResults(tokens, base);
      if (!current()) return;
      view.fallback(more, query, kind);
    }
    view.settle(query);
  };

  const changed = () => {
    place();
    const query = input()?.value ?? "";
    generation++;
    view.reset();
    if (timer) clearTimeout(timer);
    if (!query.trim()) return view.settle("");
    const id = generation;
    timer = setTimeout(() => void run(query, id), 150);
  };

  // Pagefind UI empties the box on its clear button and on Escape without an input event.
  root.addEventListener("click", (event) => {
    if ((event.target as Element).closest(".pagefind-ui__search-clear")) setTimeout(changed);
  });
  root.addEventListener("keydown", (event) => {
    if (event.key === "Escape") setTimeout(changed);
  });
  return {
    pasted(text) {
      paste = text;
    },
    changed,
  };
}
