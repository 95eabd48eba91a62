import { Engine, type RuleProperties, type TopLevelCondition } from "json-rules-engine";
import type { Cause, Question, Tree } from "../schemas/tree.ts";
import { edgesOf, UNSURE, type Edge } from "../tree/edges.ts";
import { reachability, type Reach } from "../tree/reachability.ts";

/** The event a rule fires: where the answer leads. */
export interface EdgeEvent {
  type: "question" | "cause" | "tree";
  params: { id: string; question: string; answer: string; label: string };
}

/** A tree made ready to run: one small engine per question, built on first use. */
export interface CompiledTree {
  tree: Tree;
  /** Short content hash, carried in saved states to notice edits. */
  hash: string;
  question(id: string): Question | undefined;
  cause(id: string): Cause | undefined;
  /** The engine holding only this question's rules. */
  engine(questionId: string): Engine;
  /** Causes and hand-offs reachable from a question, nearest first. */
  reachable(questionId: string): Reach[];
}

function conditionsFor(question: Question, edge: Edge): TopLevelCondition {
  // Answers are facts named after their question; each edge is one rule on that fact.
  if (question.type !== "number" || edge.value === UNSURE) {
    return { all: [{ fact: question.id, operator: "equal", value: edge.value }] };
  }
  const all = [];
  if (edge.min !== undefined)
    all.push({ fact: question.id, operator: "greaterThanInclusive", value: edge.min });
  if (edge.max !== undefined)
    all.push({ fact: question.id, operator: "lessThan", value: edge.max });
  // An unbounded single range still needs a condition that checks the fact is a number.
  if (all.length === 0)
    all.push({ fact: question.id, operator: "greaterThanInclusive", value: -Number.MAX_VALUE });
  return { all };
}

/**
 * The json-rules-engine rules of one question: one rule per answer, whose event names where
 * that answer leads. This is the runtime form of the tree; nothing else decides the route.
 */
export function rulesFor(tree: Tree, question: Question): RuleProperties[] {
  return edgesOf(question).map((edge) => ({
    name: `${tree.id}/${question.id}=${edge.value}`,
    conditions: conditionsFor(question, edge),
    event: {
      type: edge.target.kind,
      params: { id: edge.target.id, question: question.id, answer: edge.value, label: edge.label },
    } satisfies EdgeEvent,
  }));
}

/** FNV-1a over the tree's JSON, in base 36: short, stable, and enough to notice an edit. */
export function hashTree(tree: Tree): string {
  const text = JSON.stringify(tree);
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(36);
}

// Trees forbid JSONPath conditions; this resolver makes sure jsonpath-plus is never called even
// if a rule were built by hand, so the browser bundle can leave it out.
const noPaths = () => undefined;

const compiled = new WeakMap<Tree, CompiledTree>();

/** Compiles a validated tree (cached per tree object). */
export function compileTree(tree: Tree): CompiledTree {
  const hit = compiled.get(tree);
  if (hit) return hit;
  const questions = new Map(tree.questions.map((q) => [q.id, q]));
  const causes = new Map(tree.causes.map((c) => [c.id, c]));
  const engines = new Map<string, Engine>();
  let reach: Map<string, Reach[]> | undefined;
  const result: CompiledTree = {
    tree,
    hash: hashTree(tree),
    question: (id) => questions.get(id),
    cause: (id) => causes.get(id),
    engine(questionId) {
      let engine = engines.get(questionId);
      if (!engine) {
        const q = questions.get(questionId);
        engine = new Engine(q ? rulesFor(tree, q) : [], {
          allowUndefinedFacts: true,
          pathResolver: noPaths,
        });
        engines.set(questionId, engine);
      }
      return engine;
    },
    reachable(questionId) {
      reach ??= reachability(tree);
      return reach.get(questionId) ?? [];
    },
  };
  compiled.set(tree, result);
  return result;
}
