import type { Tree } from "../schemas/tree.ts";
import { edgesOf, type Target } from "./edges.ts";

/** A result reachable from a question, with its distance in answers. */
export interface Reach {
  target: Extract<Target, { kind: "cause" | "tree" }>;
  distance: number;
}

/** An edge with its target resolved once: a question's index, or a result and its key. */
type Step = { question: number } | { result: Reach["target"]; key: string };

/**
 * For every question, the causes and hand-offs reachable from it (breadth-first, so the
 * distance is the fewest answers needed, and results come in the order they are found).
 * Computed once per tree; a step then only looks up its question, so its cost does not grow
 * with the tree. Loops, not recursion, and integer marks instead of a set per question, so a
 * chain of thousands of questions neither overflows the stack nor takes seconds.
 */
export function reachability(tree: Tree): Map<string, Reach[]> {
  const index = new Map(tree.questions.map((q, i) => [q.id, i]));
  const steps: Step[][] = tree.questions.map((q) =>
    edgesOf(q).map(({ target }): Step => {
      if (target.kind === "question") return { question: index.get(target.id) ?? -1 };
      return { result: target, key: `${target.kind}:${target.id}` };
    }),
  );
  const n = tree.questions.length;
  // seen[i] === s: question i was reached in the search from question s.
  const seen = new Int32Array(n).fill(-1);
  const search = (s: number): Reach[] => {
    seen[s] = s;
    const results = new Map<string, Reach>();
    let frontier = [s];
    for (let distance = 1; frontier.length > 0; distance++) {
      const next: number[] = [];
      for (const current of frontier) {
        for (const step of steps[current] ?? []) {
          if ("question" in step) {
            if (step.question >= 0 && seen[step.question] !== s) {
              seen[step.question] = s;
              next.push(step.question);
            }
          } else if (!results.has(step.key)) {
            results.set(step.key, { target: step.result, distance });
          }
        }
      }
      frontier = next;
    }
    return [...results.values()];
  };
  const found = shortcuts(steps, search);
  const out = new Map<string, Reach[]>();
  tree.questions.forEach((q, s) => out.set(q.id, found[s] ?? search(s)));
  return out;
}

/**
 * In a tree without loops, a question whose answers lead to one next question reaches what
 * that question reaches, one answer further, after its own results: exactly what the search
 * would find, in the same order, without walking the rest of the chain again. Children are
 * done before parents (Kahn's order, reversed); others fall back to `search`.
 */
function shortcuts(steps: Step[][], search: (s: number) => Reach[]): (Reach[] | undefined)[] {
  const n = steps.length;
  const children = steps.map((list) => [
    ...new Set(
      list.flatMap((step) => ("question" in step && step.question >= 0 ? [step.question] : [])),
    ),
  ]);
  const indegree = new Int32Array(n);
  for (const kids of children) for (const k of kids) indegree[k] = (indegree[k] ?? 0) + 1;
  const order = [...indegree.keys()].filter((i) => indegree[i] === 0);
  for (let head = 0; head < order.length; head++) {
    for (const k of children[order[head] ?? 0] ?? []) {
      indegree[k] = (indegree[k] ?? 0) - 1;
      if (indegree[k] === 0) order.push(k);
    }
  }
  const found: (Reach[] | undefined)[] = new Array<Reach[] | undefined>(n);
  if (order.length < n) return found;
  for (const s of order.reverse()) {
    const kids = children[s] ?? [];
    const below = kids.length === 1 ? found[kids[0] as number] : undefined;
    if (!below) {
      found[s] = search(s);
      continue;
    }
    const results = new Map<string, Reach>();
    for (const step of steps[s] ?? [])
      if (!("question" in step) && !results.has(step.key))
        results.set(step.key, { target: step.result, distance: 1 });
    for (const r of below) {
      const key = `${r.target.kind}:${r.target.id}`;
      if (!results.has(key)) results.set(key, { target: r.target, distance: r.distance + 1 });
    }
    found[s] = [...results.values()];
  }
  return found;
}
