import type { Problem } from "../errors/problem.ts";
import type { IncidentFacts } from "../incident/facts.ts";
import type { Cause, IncidentFactName, Tree } from "../schemas/tree.ts";
import type { Target } from "../tree/edges.ts";

/** Trees a session may run and hand off between, by id or as a list. */
export type TreeSource = Readonly<Record<string, Tree>> | readonly Tree[];

/** The question to ask next, ready to render. */
export interface QuestionView {
  tree: string;
  id: string;
  text: string;
  help?: string;
  type: "choice" | "yesno" | "number";
  /** Answer buttons (choice and yes/no), or the ranges of a number question. */
  options: { value: string; label: string }[];
  unit?: string;
  /** "I don't know" (`unsure:`): its label, and whether it leads to another question (answer
   * `unsure`) or only shows the causes still possible. */
  unsure?: { label: string; leads: boolean };
  /** This question's place in its tree's path: 1 for the first answered in this tree. */
  position: number;
  /** About how many answers are left, this one included (from the tree's reachability); 0 when
   * the tree mostly hands off to others and cannot tell. */
  remaining: number;
}

/** What a session knows of a tree it was not given: enough to name it and link to it. */
export interface TreeSummary {
  title: string;
  /** The tree's article slug. */
  article: string;
}

/** The cause a session concluded with. */
export interface CauseView extends Cause {
  tree: string;
}

/** A cause (or a hand-off to another tree) still possible, for ranking. */
export interface Candidate {
  kind: "cause" | "tree";
  tree: string;
  id: string;
  title: string;
  likelihood: Cause["likelihood"];
  /** `slug#anchor` of the article section (causes), or the tree's article slug (hand-offs). */
  section: string;
}

/** One evaluated condition of the rule that fired, from json-rules-engine's rule result. */
export interface ConditionTrace {
  fact: string;
  operator: string;
  value: unknown;
  factResult: unknown;
}

/** One answered question. */
export interface Step {
  tree: string;
  question: string;
  questionText: string;
  /** The answer as given: an option value, `yes`/`no`, or a number. */
  answer: string | number;
  answerLabel: string;
  /** `user` when the reader answered; `incident` when a pasted error answered it. */
  source: "user" | "incident";
  /** The incident fact that answered it, when `source` is `incident` and the fact is known. */
  fact?: { name: IncidentFactName; value: string | number };
  /** Name of the json-rules-engine rule that fired. */
  rule: string;
  conditions: ConditionTrace[];
  to: Target;
}

/**
 * A point in a triage session. States are immutable: `answer`, `back` and `restart` return new
 * ones. Exactly one of `question`, `cause` and `handoff` is set, matching `status`.
 */
export interface TriageState {
  startTree: string;
  /** The tree the session is in now (differs from `startTree` after a hand-off). */
  tree: string;
  status: "question" | "cause" | "handoff";
  question?: QuestionView;
  cause?: CauseView;
  /** A hand-off to a tree that was not given to the session. */
  handoff?: { tree: string };
  steps: readonly Step[];
  /** Causes still possible, most likely first; at a cause, the alternatives to check next. */
  candidates: Candidate[];
  /** Facts the session started with (already redacted by `parseIncident`). */
  facts: IncidentFacts;
  /** The problem with the last call, when it could not be carried out (the state is unchanged). */
  error?: Problem;
  /** The state before the last answer the reader gave; `back` returns it. */
  previous?: TriageState;
}
