import type { Cause } from "../schemas/tree.ts";
import type { CompiledTree } from "../engine/compile-tree.ts";
import type { Reach } from "../tree/reachability.ts";
import type { Candidate, Step, TreeSummary } from "./types.ts";

const weight: Record<Cause["likelihood"], number> = { common: 3, sometimes: 2, rare: 1 };

function toCandidate(
  compiled: CompiledTree,
  reach: Reach,
  lookup: (id: string) => TreeSummary | undefined,
): Candidate {
  const { tree } = compiled;
  if (reach.target.kind === "tree") {
    const target = lookup(reach.target.id);
    return {
      kind: "tree",
      tree: reach.target.id,
      id: reach.target.id,
      title: target?.title ?? reach.target.id,
      likelihood: "sometimes",
      section: target?.article ?? "",
    };
  }
  const cause = compiled.cause(reach.target.id);
  return {
    kind: "cause",
    tree: tree.id,
    id: reach.target.id,
    title: cause?.title ?? reach.target.id,
    likelihood: cause?.likelihood ?? "sometimes",
    section: cause?.section ?? "",
  };
}

function ranked(reaches: Reach[]): Reach[] {
  return [...reaches].sort((a, b) => a.distance - b.distance);
}

function byLikelihood(a: Candidate, b: Candidate): number {
  return weight[b.likelihood] - weight[a.likelihood];
}

/** Causes reachable from a question: most likely first, then nearest. */
export function candidatesAt(
  compiled: CompiledTree,
  questionId: string,
  lookup: (id: string) => TreeSummary | undefined,
): Candidate[] {
  // Array.prototype.sort is stable, so equal likelihoods keep the nearest-first order.
  return ranked(compiled.reachable(questionId))
    .map((r) => toCandidate(compiled, r, lookup))
    .sort(byLikelihood);
}

/**
 * What to check if the reached cause turns out wrong: the causes reachable from the questions
 * on the path, latest question first (they share the most answers with the reader's case).
 */
export function alternativesAfter(
  steps: readonly Step[],
  reached: { tree: string; id: string },
  compile: (treeId: string) => CompiledTree | undefined,
  lookup: (id: string) => TreeSummary | undefined,
  limit = 6,
): Candidate[] {
  const seen = new Set([`${reached.tree}:${reached.id}`]);
  const out: Candidate[] = [];
  for (let i = steps.length - 1; i >= 0 && out.length < limit; i--) {
    const step = steps[i];
    // Alternatives come from the tree the cause belongs to: earlier trees only routed here.
    if (!step || step.tree !== reached.tree) continue;
    const compiled = compile(step.tree);
    if (!compiled) continue;
    const group = candidatesAt(compiled, step.question, lookup).filter((c) => {
      const key = `${c.tree}:${c.id}`;
      if (seen.has(key)) return false;
      seen.add(key);
      return true;
    });
    out.push(...group);
  }
  return out.slice(0, limit);
}
