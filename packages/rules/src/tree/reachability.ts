import type { Tree } from "../schemas/tree.ts";
import { edgesOf, type Target } from "./edges.ts";

/** A result reachable from a question, with its distance in answers. */
export interface Reach {
  target: Extract<Target, { kind: "cause" | "tree" }>;
  distance: number;
}

/**
 * For every question, the causes and hand-offs reachable from it (breadth-first, so the
 * distance is the fewest answers needed). Computed once per tree; a step then only looks up
 * its question, so its cost does not grow with the tree.
 */
export function reachability(tree: Tree): Map<string, Reach[]> {
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  const out = new Map<string, Reach[]>();
  for (const q of tree.questions) {
    const seen = new Set<string>([q.id]);
    const results = new Map<string, Reach>();
    let frontier = [q];
    for (let distance = 1; frontier.length > 0; distance++) {
      const next = [];
      for (const current of frontier) {
        for (const { target } of edgesOf(current)) {
          if (target.kind === "question") {
            const nq = byId.get(target.id);
            if (nq && !seen.has(nq.id)) {
              seen.add(nq.id);
              next.push(nq);
            }
          } else {
            const key = `${target.kind}:${target.id}`;
            if (!results.has(key)) results.set(key, { target, distance });
          }
        }
      }
      frontier = next;
    }
    out.set(q.id, [...results.values()]);
  }
  return out;
}
