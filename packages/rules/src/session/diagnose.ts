import { diagnoseText } from "../incident/diagnose-text.ts";
import type { Incident } from "../incident/match-incident.ts";
import { ENTRY_TREE } from "../tree/section-path.ts";
import type { Triage } from "./triage.ts";
import type { TriageState } from "./types.ts";

/** A paste read and routed: what was understood, and where the triage stands. */
export interface Diagnosis {
  incident: Incident;
  state: TriageState;
  /** The trees the session passed through, entry first (hand-offs included). */
  trees: string[];
}

/**
 * Reads a paste and matches its error signatures (`diagnoseText`), then starts the entry tree
 * with its facts: the one path the CLI, the corpus test and the benchmark share from a paste to
 * a tree and a cause (the widget runs the same steps split between a worker and the page).
 */
export async function diagnose(
  text: string,
  triage: Triage,
  entry: string = ENTRY_TREE,
): Promise<Diagnosis> {
  const incident = await diagnoseText(text);
  const state = await triage.start(entry, incident.facts);
  const trees = [entry];
  for (const step of state.steps) {
    if (!trees.includes(step.tree)) trees.push(step.tree);
    if (step.to.kind === "tree" && !trees.includes(step.to.id)) trees.push(step.to.id);
  }
  return { incident, state, trees };
}
