import type { Incident } from "@kb/rules/incident";
import type { Tree } from "@kb/rules/runtime";
import { stateParam } from "../widget/state-param.ts";

/** Where "Diagnose this error" leads, and what it read, to show before the reader follows it. */
export interface Diagnosis {
  href: string;
  /** The title of the tree the paste routes to. */
  treeTitle: string;
  /** What was understood, e.g. "ECONNREFUSED", "status 429", "Chrome's CORS error". */
  understood: string[];
}

const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");

async function fetchTree(id: string): Promise<Tree | undefined> {
  try {
    const response = await fetch(`${base}trees/${id}.json`);
    return response.ok ? ((await response.json()) as Tree) : undefined;
  } catch {
    return undefined;
  }
}

function understood(incident: Incident): string[] {
  const signatures = incident.signatures.map((s) => s.title);
  const facts = incident.evidence
    .filter((e) => e.fact !== "condition")
    .map((e) => (e.fact === "status" ? `HTTP ${e.value}` : String(e.value)));
  return [...new Set([...signatures, ...facts])].slice(0, 4);
}

/**
 * Reads a pasted error with the same paste reader and error signatures as the widget
 * (the widget's `readPaste`, loaded on first use), runs the entry tree with its facts, follows hand-offs
 * to the tree that fits, and returns a link to that tree's article with the session saved in
 * `?triage=`, so the article's widget opens with the paste's answers given. Undefined when the
 * text holds nothing the reader recognises.
 */
export async function diagnose(text: string): Promise<Diagnosis | undefined> {
  // The widget's reader: parsed in a Web Worker and capped, so a long paste never blocks typing.
  const { readPaste } = await import("../widget/read-paste.ts");
  const incident = await readPaste(text);
  if (incident.evidence.length === 0 && incident.signatures.length === 0) return undefined;
  const { createTriage, serializeState, sectionPath, ENTRY_TREE } =
    await import("@kb/rules/runtime");
  const triage = createTriage([]);
  const loaded = new Map<string, Tree>();
  const load = async (id: string) => {
    const tree = loaded.get(id) ?? (await fetchTree(id));
    if (tree && !loaded.has(id)) {
      loaded.set(id, tree);
      triage.add(tree);
    }
    return tree;
  };
  if (!(await load(ENTRY_TREE))) return undefined;
  let state = await triage.start(ENTRY_TREE, incident.facts);
  // Each hand-off names one more tree; a tree cannot hand back (trees are checked for loops).
  for (let hops = 0; state.status === "handoff" && state.handoff && hops < 8; hops++) {
    if (!(await load(state.handoff.tree))) break;
    state = await triage.resume(state);
  }
  const tree = loaded.get(state.tree);
  if (!tree) return undefined;
  // The entry tree's own page is the home page, where its widget stands first.
  const page = tree.id === ENTRY_TREE ? base : sectionPath(tree.article, base);
  const params = new URLSearchParams({ [stateParam]: serializeState(triage, state) });
  return {
    href: `${page}?${params.toString()}`,
    treeTitle: tree.title,
    understood: understood(incident),
  };
}
