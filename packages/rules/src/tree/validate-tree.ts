import { problem } from "../errors/content-problem.ts";
import type { Problem } from "../errors/problem.ts";
import type { Question, Tree } from "../schemas/tree.ts";
import { edgesOf, type Edge } from "./edges.ts";
import { reachability } from "./reachability.ts";
import { unknownConditions } from "./unknown-conditions.ts";

/** Options for {@link validateTree}. */
export interface ValidateOptions {
  /** Ids of every tree that exists, to check hand-offs. Omit to skip that check. */
  knownTrees?: ReadonlySet<string>;
}

type Path = (string | number)[];

function duplicates(tree: Tree): Problem[] {
  const out: Problem[] = [];
  const seen = (items: { id: string }[], kind: string, key: string) => {
    const first = new Map<string, number>();
    items.forEach((item, i) => {
      const at = first.get(item.id);
      if (at === undefined) first.set(item.id, i);
      else
        out.push(
          problem(
            "tree-duplicate-id",
            `${kind} id "${item.id}" is used at ${key}[${at}] and ${key}[${i}].`,
            [key, i, "id"],
          ),
        );
    });
  };
  seen(tree.questions, "Question", "questions");
  seen(tree.causes, "Cause", "causes");
  return out;
}

function ambiguity(q: Question, qi: number): Problem[] {
  if (q.type !== "choice") return [];
  const out: Problem[] = [];
  const values = new Map<string, number>();
  const whens = new Map<string, number>();
  q.options.forEach((o, oi) => {
    const at = values.get(o.value);
    if (at !== undefined)
      out.push(
        problem(
          "tree-ambiguous-answer",
          `Options ${at} and ${oi} of "${q.id}" share the value "${o.value}".`,
          ["questions", qi, "options", oi, "value"],
        ),
      );
    values.set(o.value, oi);
    for (const w of o.when ?? []) {
      const key = String(w).toLowerCase();
      const prior = whens.get(key);
      if (prior !== undefined && prior !== oi)
        out.push(
          problem(
            "tree-ambiguous-answer",
            `The fact value "${String(w)}" selects both option ${prior} and option ${oi} of "${q.id}".`,
            ["questions", qi, "options", oi, "when"],
          ),
        );
      whens.set(key, oi);
    }
  });
  // "I don't know" with `next` is saved in links as the answer `unsure`: no option may be it.
  const clash = q.unsure?.next !== undefined ? values.get("unsure") : undefined;
  if (clash !== undefined)
    out.push(
      problem(
        "tree-ambiguous-answer",
        `Option ${clash} of "${q.id}" has the value "unsure", which is also the answer of its \`unsure:\` ("I don't know"). Rename the option's value.`,
        ["questions", qi, "options", clash, "value"],
      ),
    );
  return out;
}

function ranges(q: Question, qi: number): Problem[] {
  if (q.type !== "number") return [];
  const out: Problem[] = [];
  const sorted = q.ranges
    .map((r, i) => ({ ...r, i }))
    .sort((a, b) => (a.min ?? -Infinity) - (b.min ?? -Infinity));
  const at = (i: number): Path => ["questions", qi, "ranges", i];
  for (const r of sorted) {
    if (r.min !== undefined && r.max !== undefined && r.min >= r.max)
      out.push(
        problem(
          "tree-range-overlap",
          `Range "${r.label}" of "${q.id}" is empty: min ${r.min} is not below max ${r.max}.`,
          at(r.i),
        ),
      );
  }
  const first = sorted[0];
  const last = sorted[sorted.length - 1];
  if (first && first.min !== undefined)
    out.push(
      problem("tree-range-gap", `Numbers below ${first.min} match no range of "${q.id}".`, [
        ...at(first.i),
        "min",
      ]),
    );
  if (last && last.max !== undefined)
    out.push(
      problem("tree-range-gap", `Numbers from ${last.max} up match no range of "${q.id}".`, [
        ...at(last.i),
        "max",
      ]),
    );
  for (let k = 1; k < sorted.length; k++) {
    const prev = sorted[k - 1];
    const cur = sorted[k];
    if (!prev || !cur) continue;
    const end = prev.max ?? Infinity;
    const start = cur.min ?? -Infinity;
    if (end < start)
      out.push(
        problem("tree-range-gap", `Numbers from ${end} to ${start} match no range of "${q.id}".`, [
          ...at(cur.i),
          "min",
        ]),
      );
    if (end > start)
      out.push(
        problem(
          "tree-range-overlap",
          `Ranges "${prev.label}" and "${cur.label}" of "${q.id}" overlap.`,
          [...at(cur.i), "min"],
        ),
      );
  }
  return out;
}

function references(tree: Tree, options: ValidateOptions): Problem[] {
  const out: Problem[] = [];
  const questions = new Set(tree.questions.map((q) => q.id));
  const causes = new Set(tree.causes.map((c) => c.id));
  if (!questions.has(tree.start))
    out.push(
      problem(
        "tree-dangling-ref",
        `\`start\` names the question "${tree.start}", which does not exist.`,
        ["start"],
      ),
    );
  tree.questions.forEach((q, qi) => {
    for (const edge of edgesOf(q)) {
      const path = ["questions", qi, ...edge.path];
      const { kind, id } = edge.target;
      if (kind === "question" && !questions.has(id))
        out.push(
          problem(
            "tree-dangling-ref",
            `Answer "${edge.label}" of "${q.id}" leads to the question "${id}", which does not exist.`,
            [...path, "next"],
          ),
        );
      if (kind === "cause" && !causes.has(id))
        out.push(
          problem(
            "tree-dangling-ref",
            `Answer "${edge.label}" of "${q.id}" leads to the cause "${id}", which does not exist.`,
            [...path, "cause"],
          ),
        );
      if (kind === "tree" && options.knownTrees && !options.knownTrees.has(id))
        out.push(
          problem(
            "tree-unknown-tree",
            `Answer "${edge.label}" of "${q.id}" hands off to the tree "${id}", which does not exist.`,
            [...path, "tree"],
          ),
        );
    }
  });
  tree.examples.forEach((e, ei) => {
    for (const key of Object.keys(e.answers)) {
      if (!questions.has(key))
        out.push(
          problem(
            "tree-dangling-ref",
            `Example "${e.name}" answers the question "${key}", which does not exist.`,
            ["examples", ei, "answers", key],
          ),
        );
    }
    if (e.cause !== undefined && !causes.has(e.cause))
      out.push(
        problem(
          "tree-dangling-ref",
          `Example "${e.name}" expects the cause "${e.cause}", which does not exist.`,
          ["examples", ei, "cause"],
        ),
      );
  });
  return out;
}

/**
 * Depth-first search for loops with an explicit stack: a recursive walk overflowed on a chain
 * of a few thousand questions (issue #12).
 */
function cycles(tree: Tree): Problem[] {
  const byId = new Map(tree.questions.map((q, i) => [q.id, { q, i }]));
  const state = new Map<string, "open" | "done">();
  const out: Problem[] = [];
  const reported = new Set<string>();
  // The open questions, from the root of the search to the current one, and their places.
  const trail: string[] = [];
  const place = new Map<string, number>();
  const stack: { id: string; i: number; edges: Edge[]; next: number }[] = [];
  const enter = (id: string) => {
    const entry = byId.get(id);
    state.set(id, "open");
    place.set(id, trail.length);
    trail.push(id);
    stack.push({ id, i: entry?.i ?? 0, edges: entry ? edgesOf(entry.q) : [], next: 0 });
  };
  for (const root of tree.questions) {
    if (state.has(root.id)) continue;
    enter(root.id);
    while (stack.length > 0) {
      const top = stack[stack.length - 1] as (typeof stack)[number];
      const edge = top.edges[top.next++];
      if (!edge) {
        state.set(top.id, "done");
        place.delete(top.id);
        trail.pop();
        stack.pop();
        continue;
      }
      if (edge.target.kind !== "question" || !byId.has(edge.target.id)) continue;
      const next = edge.target.id;
      if (state.get(next) === "open") {
        const loop = [...trail.slice(place.get(next) ?? 0), next].join(" → ");
        if (reported.has(loop)) continue;
        reported.add(loop);
        out.push(
          problem("tree-cycle", `The questions loop: ${loop}.`, [
            "questions",
            top.i,
            ...edge.path,
            "next",
          ]),
        );
      } else if (!state.has(next)) enter(next);
    }
  }
  return out;
}

function reach(tree: Tree): Problem[] {
  const out: Problem[] = [];
  const byId = new Map(tree.questions.map((q) => [q.id, q]));
  const seen = new Set<string>();
  const causes = new Set<string>();
  const stack = byId.has(tree.start) ? [tree.start] : [];
  while (stack.length > 0) {
    const id = stack.pop() as string;
    if (seen.has(id)) continue;
    seen.add(id);
    for (const { target } of edgesOf(byId.get(id) as Question)) {
      if (target.kind === "question" && byId.has(target.id)) stack.push(target.id);
      if (target.kind === "cause") causes.add(target.id);
    }
  }
  tree.questions.forEach((q, i) => {
    if (!seen.has(q.id))
      out.push(
        problem("tree-unreachable", `No answer leads to the question "${q.id}".`, [
          "questions",
          i,
          "id",
        ]),
      );
  });
  tree.causes.forEach((c, i) => {
    if (!causes.has(c.id))
      out.push(
        problem("tree-unreachable", `No answer leads to the cause "${c.id}".`, ["causes", i, "id"]),
      );
  });
  const results = reachability(tree);
  tree.questions.forEach((q, i) => {
    if (seen.has(q.id) && (results.get(q.id) ?? []).length === 0)
      out.push(
        problem("tree-dead-end", `No answer path from "${q.id}" reaches a cause or a hand-off.`, [
          "questions",
          i,
          "id",
        ]),
      );
  });
  return out;
}

/**
 * Static checks of a tree that the schema cannot express: duplicate ids, dangling references,
 * unknown hand-off trees, cycles, unreachable items, dead ends, ambiguous answers, and numeric
 * ranges with gaps or overlaps. Examples are run separately by `runExamples`.
 */
export function validateTree(tree: Tree, options: ValidateOptions = {}): Problem[] {
  return [
    ...duplicates(tree),
    ...references(tree, options),
    ...tree.questions.flatMap((q, i) => [...ambiguity(q, i), ...ranges(q, i)]),
    ...cycles(tree),
    ...reach(tree),
    ...unknownConditions(tree),
  ];
}
