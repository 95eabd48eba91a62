import { getCollection, type CollectionEntry } from "astro:content";

/** An article from `content/` (not a generated page), with all of its frontmatter fields. */
export type Article = CollectionEntry<"docs"> & {
  data: Extract<CollectionEntry<"docs">["data"], { type: "troubleshooting" | "guide" }>;
};

let cache: Promise<Article[]> | undefined;

/** Every article, sorted by title; loaded once per build and shared by every page that lists them. */
export function getArticles(): Promise<Article[]> {
  cache ??= getCollection("docs").then((entries) =>
    entries
      .filter((e): e is Article => e.data.type !== "page")
      .sort((a, b) => a.data.title.localeCompare(b.data.title)),
  );
  return cache;
}
