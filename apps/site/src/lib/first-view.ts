import {
  createTriage,
  type IncidentFacts,
  type Tree,
  type TreeSummary,
  type TriageState,
} from "@kb/rules/runtime";
import { candidateUrl } from "../widget/links.ts";
import { pasteView } from "../widget/paste.ts";
import { render, type Actions } from "../widget/render.ts";
import { toHtml } from "hast-util-to-html";
import { htmlBuilder } from "./html-builder.ts";

const views = new Map<string, Promise<string>>();
const pastes = new Map<string, string>();

// Listeners are dropped from built HTML; the live widget brings its own actions.
const inert: Actions = {
  answer: () => undefined,
  back: () => undefined,
  restart: () => undefined,
  rewind: () => undefined,
  copyReport: () => undefined,
  issueUrl: () => "",
  // The first view is the page's own starting point: its links need no saved state.
  link: candidateUrl,
  treeTitle: (id) => id,
  copy: () => undefined,
};

/**
 * The widget's first view (its first question, with an error page's code already answered) as
 * HTML, so the page shows it before any script runs. Rendered by the same view code as the
 * live widget, which replaces it on first use. One session per tree and facts per build;
 * `known` names the trees it hands off to, so its candidates link to their articles.
 */
export function firstViewHtml(
  tree: Tree,
  facts: IncidentFacts = {},
  known: Record<string, TreeSummary> = {},
): Promise<string> {
  const key = `${JSON.stringify(tree)}|${JSON.stringify(facts)}`;
  let view = views.get(key);
  if (!view) {
    view = createTriage([tree], { known })
      .start(tree.id, facts)
      .then((state: TriageState) => toHtml(render(htmlBuilder, state, inert)));
    views.set(key, view);
  }
  return view;
}

/** The "Paste your error" box as HTML. */
export function pasteHtml(id: string): string {
  let html = pastes.get(id);
  if (html === undefined) {
    html = toHtml(pasteView(htmlBuilder, id));
    pastes.set(id, html);
  }
  return html;
}
