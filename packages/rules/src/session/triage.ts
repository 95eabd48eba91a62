import type { RuleResult } from "json-rules-engine";
import { runtimeProblem as problem } from "../errors/problem.ts";
import { compileTree, type CompiledTree, type EdgeEvent } from "../engine/compile-tree.ts";
import type { IncidentFacts } from "../incident/facts.ts";
import type { Question, Tree } from "../schemas/tree.ts";
import { edgesOf, UNSURE, type Target } from "../tree/edges.ts";
import type { Reach } from "../tree/reachability.ts";
import { autoAnswer } from "./auto-answer.ts";
import { alternativesAfter, candidatesAt } from "./candidates.ts";
import type { ConditionTrace, Step, TreeSource, TreeSummary, TriageState } from "./types.ts";

/** Guards against a cyclic tree that skipped validation: no real path is this long. */
const MAX_STEPS = 500;

function isTree(t: unknown): t is Tree {
  return typeof (t as Partial<Tree> | null)?.id === "string";
}

function toIndex(source: TreeSource): Map<string, Tree> {
  const list: unknown[] = Array.isArray(source) ? source : Object.values(source);
  return new Map(list.filter(isTree).map((t) => [t.id, t]));
}

function traceOf(result: RuleResult): ConditionTrace[] {
  const all = "all" in result.conditions ? result.conditions.all : [];
  return all.flatMap((c) =>
    "fact" in c
      ? [
          {
            fact: c.fact,
            operator: c.operator,
            value: c.value as unknown,
            factResult: (c as { factResult?: unknown }).factResult,
          },
        ]
      : [],
  );
}

/** Rounds to six decimals and refuses what a shared link could not carry. */
function normaliseNumber(value: unknown): number | undefined {
  const n = typeof value === "string" && value.trim() !== "" ? Number(value) : value;
  if (typeof n !== "number" || !Number.isFinite(n) || Math.abs(n) >= 1e15) return undefined;
  // `|| 0` turns -0 into 0, which a saved link cannot tell apart.
  return Math.round(n * 1e6) / 1e6 || 0;
}

/**
 * About how many answers are left, this one included: the middle of the distances to the
 * causes still reachable (half the paths are shorter). 0 when most of what is reachable are
 * hand-offs to other trees, whose questions this tree cannot count. An estimate, shown as one.
 */
function remainingAnswers(reach: readonly Reach[]): number {
  const causes = reach.filter((r) => r.target.kind === "cause").map((r) => r.distance);
  if (causes.length === 0 || causes.length * 2 < reach.length) return 0;
  const sorted = causes.sort((a, b) => a - b);
  return Math.max(1, sorted[Math.floor((sorted.length - 1) / 2)] ?? 1);
}

/** Runs a tree session. Build one per set of trees with {@link createTriage}. */
export interface Triage {
  /** Starts `treeId`; questions that `facts` answer are skipped and recorded as such. */
  start(treeId: string, facts?: IncidentFacts): Promise<TriageState>;
  /** Answers the current question. A wrong question id or value returns the state with `error`. */
  answer(state: TriageState, questionId: string, value: string | number): Promise<TriageState>;
  /** The state before the reader's last answer (answers taken from facts are undone with it). */
  back(state: TriageState): TriageState;
  /** Starts the same tree again; the pasted facts are kept only if asked. */
  restart(state: TriageState, options?: { keepFacts?: boolean }): Promise<TriageState>;
  /** The compiled form of a tree, or undefined when the session was not given it. */
  compiled(treeId: string): CompiledTree | undefined;
  /** Whether a tree with this id was given. */
  has(treeId: string): boolean;
  /** Adds a tree, for sessions that load hand-off targets on demand. */
  add(tree: Tree): void;
  /** Continues a `handoff` state whose target tree has since been added; other states are returned as they are. */
  resume(state: TriageState): Promise<TriageState>;
}

/** Options of {@link createTriage}. */
export interface TriageOptions {
  /**
   * Title and article of trees the session may hand off to but was not given (a page bundles
   * only its own tree), so candidates that are hand-offs read and link right before they load.
   */
  known?: Readonly<Record<string, TreeSummary>>;
}

/** Creates a {@link Triage} over the given trees (validate them first with `validateTree`). */
export function createTriage(trees: TreeSource, options: TriageOptions = {}): Triage {
  const index = toIndex(trees);
  const known = options.known ?? {};
  const lookup = (id: string): TreeSummary | undefined =>
    index.get(id) ?? (Object.hasOwn(known, id) ? known[id] : undefined);
  const compiled = (id: string) => {
    const tree = index.get(id);
    return tree ? compileTree(tree) : undefined;
  };

  async function runStep(
    tree: CompiledTree,
    question: Question,
    value: string | number,
    source: Step["source"],
    fact?: Step["fact"],
  ): Promise<Step | undefined> {
    const { results } = await tree.engine(question.id).run({ [question.id]: value });
    const fired = results[0];
    const event = fired?.event as EdgeEvent | undefined;
    if (!fired || !event) return undefined;
    const to: Target = { kind: event.type, id: event.params.id };
    return {
      tree: tree.tree.id,
      question: question.id,
      questionText: question.text,
      answer: value,
      answerLabel:
        question.type === "number" && value !== UNSURE ? String(value) : event.params.label,
      source,
      ...(fact ? { fact } : {}),
      rule: fired.name,
      conditions: traceOf(fired),
      to,
    };
  }

  /** Follows `target` from `state`, answering from facts where they can, until a stop. */
  async function follow(from: TriageState, target: Target, treeId: string): Promise<TriageState> {
    const { question: _q, cause: _c, handoff: _h, error: _e, ...base } = from;
    const steps = [...base.steps];
    let here = treeId;
    let to = target;
    while (steps.length <= MAX_STEPS) {
      const tree = compiled(here);
      if (to.kind === "tree") {
        const next = compiled(to.id);
        if (!next)
          return {
            ...base,
            steps,
            tree: here,
            status: "handoff",
            handoff: { tree: to.id },
            candidates: [],
          };
        here = to.id;
        to = { kind: "question", id: next.tree.start };
        continue;
      }
      if (!tree) break;
      if (to.kind === "cause") {
        const cause = tree.cause(to.id);
        if (!cause) break;
        const reached = { tree: here, id: cause.id };
        return {
          ...base,
          steps,
          tree: here,
          status: "cause",
          cause: { ...cause, tree: here },
          candidates: alternativesAfter(steps, reached, compiled, lookup),
        };
      }
      const question = tree.question(to.id);
      if (!question) break;
      const auto = autoAnswer(question, base.facts);
      const step = auto && (await runStep(tree, question, auto.value, "incident", auto.fact));
      if (step) {
        steps.push(step);
        to = step.to;
        continue;
      }
      const edges = edgesOf(question);
      return {
        ...base,
        steps,
        tree: here,
        status: "question",
        question: {
          tree: here,
          id: question.id,
          text: question.text,
          ...(question.help ? { help: question.help } : {}),
          type: question.type,
          options: edges
            .filter((e) => e.path[0] !== "unsure")
            .map((e) => ({ value: e.value, label: e.label })),
          ...(question.type === "number" && question.unit ? { unit: question.unit } : {}),
          ...(question.unsure
            ? {
                unsure: {
                  label: question.unsure.label ?? "I don't know",
                  leads: question.unsure.next !== undefined,
                },
              }
            : {}),
          position: steps.filter((s) => s.tree === here).length + 1,
          remaining: remainingAnswers(tree.reachable(question.id)),
        },
        candidates: candidatesAt(tree, question.id, lookup),
      };
    }
    // Only an unvalidated tree gets here: a reference to nothing, or a loop.
    return {
      ...base,
      error: problem(
        "tree-broken",
        `Tree "${here}" leads to ${to.kind} "${to.id}", which does not exist or loops.`,
      ),
    };
  }

  function bare(startTree: string, facts: IncidentFacts): TriageState {
    return { startTree, tree: startTree, status: "question", steps: [], candidates: [], facts };
  }

  const triage: Triage = {
    compiled,
    has: (id) => index.has(id),
    add(tree) {
      if (isTree(tree)) index.set(tree.id, tree);
    },
    async resume(state) {
      if (state.status !== "handoff" || !state.handoff || !index.has(state.handoff.tree))
        return state;
      return follow(state, { kind: "tree", id: state.handoff.tree }, state.tree);
    },
    async start(treeId, facts = {}) {
      const tree = compiled(treeId);
      if (!tree) {
        return {
          ...bare(treeId, facts),
          error: problem("state-unknown-tree", `There is no tree "${treeId}".`),
        };
      }
      return follow(bare(treeId, facts), { kind: "question", id: tree.tree.start }, treeId);
    },
    async answer(state, questionId, value) {
      const { error: _drop, ...clean } = state;
      const invalid = (message: string): TriageState => ({
        ...clean,
        error: problem("answer-invalid", message, [questionId]),
      });
      const tree = compiled(state.tree);
      const question = tree?.question(questionId);
      if (!tree || !question || state.status !== "question" || state.question?.id !== questionId) {
        return invalid(`"${questionId}" is not the question being asked now.`);
      }
      let given: string | number | undefined;
      if (value === UNSURE && question.unsure?.next !== undefined) given = UNSURE;
      else if (question.type === "number") given = normaliseNumber(value);
      else if (typeof value === "string" && edgesOf(question).some((e) => e.value === value))
        given = value;
      if (given === undefined)
        return invalid(`"${String(value)}" is not an answer to "${question.text}".`);
      const step = await runStep(tree, question, given, "user");
      if (!step)
        return invalid(`${String(given)} falls in none of the ranges of "${question.text}".`);
      const base: TriageState = {
        ...clean,
        steps: [...state.steps, step],
        previous: state.error ? clean : state,
      };
      return follow(base, step.to, state.tree);
    },
    back(state) {
      return state.previous ?? state;
    },
    async restart(state, options = {}) {
      return triage.start(state.startTree, options.keepFacts ? state.facts : {});
    },
  };
  return triage;
}
