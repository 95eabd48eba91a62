import { trees } from "virtual:kb/trees";
import { sectionPath } from "@kb/rules/runtime";
import { getArticles } from "../lib/articles.ts";
import { getErrorCodes } from "../lib/error-codes.ts";
import type { Names } from "./best-bets.ts";
import { buildVocabulary, stringsIn, type VocabularySource } from "./vocabulary.ts";

const HEADING = /^#{1,6}[ \t]+(.+)$/gm;

// The dialog fetches this on its first keystroke: bounded, so thousands of articles keep it
// small (about 28 KB gzip for today's site). The most important words and names come first.
const MAX_WORDS = 8000;
const MAX_PHRASES = 4000;

/** What the search dialog's assistant knows of the site, built once per build. */
export interface SearchData {
  /** The site's words, most important first: "did you mean". */
  words: string[];
  /** The names the site gives its pages: best bets. */
  names: Names;
}

/**
 * The words and names of the whole site: the names readers use (titles, headings, symptoms,
 * keywords, error codes and their older names) weigh most, then the trees' questions and
 * causes, then the articles' prose.
 */
export async function searchData(base: string): Promise<SearchData> {
  const sources: VocabularySource[] = [];
  const add = (weight: number, ...texts: string[]) => {
    for (const text of texts) sources.push({ text, weight });
  };
  const pages = new Map<string, number>();
  const names: Names = { phrases: [], pages: [] };
  // Codes first, then symptoms, then causes: the most specific name wins a tie.
  const groups: [string, string, string][][] = [[], [], []];
  const [codes = [], symptoms = [], causes = []] = groups;
  const articles = await getArticles();
  for (const code of await getErrorCodes()) {
    add(5, code.id, code.title, ...code.aliases);
    add(1, code.meaning, code.integration);
    const url = `${base}errors/${code.id}/`;
    for (const name of [code.id, code.title, ...code.aliases]) codes.push([name, url, code.title]);
  }
  for (const article of articles) {
    const { data, body = "" } = article;
    add(5, data.title, ...data.symptoms, ...data.keywords, ...data.errorCodes);
    add(4, ...[...body.matchAll(HEADING)].map((m) => m[1] ?? ""));
    add(2, data.description ?? "");
    add(1, body);
    for (const s of data.symptoms) symptoms.push([s, `${base}${article.id}/`, data.title]);
  }
  for (const tree of Object.values(trees)) {
    add(2, ...stringsIn(tree));
    const article = articles.find((a) => a.id === tree.article);
    for (const cause of tree.causes) {
      const title = cause.title.replace(/`/g, "");
      const where = article ? ` — ${article.data.title}` : "";
      causes.push([title, sectionPath(cause.section, base), `${title}${where}`]);
    }
  }
  for (const [phrase, url, title] of groups.flat().slice(0, MAX_PHRASES)) {
    let index = pages.get(url);
    if (index === undefined) {
      index = names.pages.push([url, title]) - 1;
      pages.set(url, index);
    }
    names.phrases.push([phrase, index]);
  }
  return { words: buildVocabulary(sources, MAX_WORDS), names };
}
