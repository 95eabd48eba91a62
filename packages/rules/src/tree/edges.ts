import type { Question } from "../schemas/tree.ts";

/** Where an answer leads. */
export type Target =
  { kind: "question"; id: string } | { kind: "cause"; id: string } | { kind: "tree"; id: string };

/** One way out of a question: an option, a yes/no branch or a numeric range. */
export interface Edge {
  /** The answer token: option value, `yes`/`no`, or `range-<i>` for numeric ranges. */
  value: string;
  label: string;
  target: Target;
  /** Path of the edge inside its question, for error locations. */
  path: (string | number)[];
  /** Incident fact values that select this edge (choice options only). */
  when?: readonly (string | number | boolean)[];
  /** Bounds of a numeric range: [min, max). */
  min?: number;
  max?: number;
}

function targetOf(t: { next?: string; cause?: string; tree?: string }): Target {
  if (t.next !== undefined) return { kind: "question", id: t.next };
  if (t.cause !== undefined) return { kind: "cause", id: t.cause };
  // The schema guarantees exactly one of the three.
  return { kind: "tree", id: t.tree ?? "" };
}

/** The answer value of a question's "I don't know" (`unsure:`). */
export const UNSURE = "unsure";

const edgeCache = new WeakMap<Question, Edge[]>();

/** The edges of a question, in the order they are shown. */
export function edgesOf(question: Question): Edge[] {
  const cached = edgeCache.get(question);
  if (cached) return cached;
  let edges: Edge[];
  switch (question.type) {
    case "choice":
      edges = question.options.map((o, i) => ({
        value: o.value,
        label: o.label,
        target: targetOf(o),
        path: ["options", i],
        ...(o.when ? { when: o.when } : {}),
      }));
      break;
    case "yesno":
      edges = (["yes", "no"] as const).map((v) => ({
        value: v,
        label: question[v].label ?? (v === "yes" ? "Yes" : "No"),
        target: targetOf(question[v]),
        path: [v],
      }));
      break;
    case "number":
      edges = question.ranges.map((r, i) => ({
        value: `range-${i}`,
        label: r.label,
        target: targetOf(r),
        path: ["ranges", i],
        ...(r.min !== undefined ? { min: r.min } : {}),
        ...(r.max !== undefined ? { max: r.max } : {}),
      }));
      break;
  }
  // "I don't know" that leads somewhere is one more answer, so rules, reachability and saved
  // links treat it like any other; without `next` it only shows the causes still possible.
  if (question.unsure?.next !== undefined)
    edges.push({
      value: UNSURE,
      label: question.unsure.label ?? "I don't know",
      target: { kind: "question", id: question.unsure.next },
      path: ["unsure"],
    });
  edgeCache.set(question, edges);
  return edges;
}
