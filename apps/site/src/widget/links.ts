import type { Candidate, CauseView } from "@kb/rules/runtime";
import { sectionHref } from "../lib/links.ts";

/** Where a candidate or a cause is explained. */
export function candidateUrl(c: Candidate | CauseView): string {
  return sectionHref(c.section);
}

/** The static JSON of a tree, for hand-offs loaded on demand. */
export function treeUrl(id: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}trees/${id}.json`;
}
