import {
  edgesOf,
  serializeState,
  serializeStateThrough,
  type Candidate,
  type CauseView,
  type Triage,
  type TriageState,
} from "@kb/rules/runtime";
import { sectionHref } from "../lib/links.ts";
import { stateParam } from "./state-param.ts";

/** Where a candidate or a cause is explained. */
export function candidateUrl(c: Candidate | CauseView): string {
  return sectionHref(c.section);
}

/**
 * A link to where a cause or a candidate is explained that keeps the reader's place: the
 * target page's widget reopens this state. A candidate that is another tree, one answer
 * away, links with that answer given, so the other article opens on that tree's questions.
 */
export function stateLink(
  target: Candidate | CauseView,
  triage: Triage,
  state: TriageState,
): string {
  let saved = serializeState(triage, state);
  if ("kind" in target && target.kind === "tree" && state.question) {
    const question = triage.compiled(state.tree)?.question(state.question.id);
    const edge = question
      ? edgesOf(question).find((e) => e.target.kind === "tree" && e.target.id === target.id)
      : undefined;
    if (edge) saved = serializeStateThrough(triage, state, edge.value, target.id);
  }
  const [path = "", hash] = candidateUrl(target).split("#");
  return `${path}?${new URLSearchParams({ [stateParam]: saved }).toString()}${hash ? `#${hash}` : ""}`;
}

/** The static JSON of a tree, for hand-offs loaded on demand. */
export function treeUrl(id: string): string {
  return `${import.meta.env.BASE_URL.replace(/\/?$/, "/")}trees/${id}.json`;
}
