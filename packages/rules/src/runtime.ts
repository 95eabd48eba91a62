/**
 * The browser-safe part of `@kb/rules`: running validated trees and reading pasted errors.
 * It imports neither zod nor yaml, so the triage widget stays small.
 */
export { createTriage, type Triage, type TriageOptions } from "./session/triage.ts";
export { edgesOf, UNSURE, type Edge, type Target } from "./tree/edges.ts";
export {
  serializeState,
  serializeStateThrough,
  parseState,
  treesInState,
  type ParsedState,
} from "./session/state-codec.ts";
export { explain, formatReport, type ExplanationLine } from "./session/explain.ts";
export { ENTRY_TREE, sectionPath } from "./tree/section-path.ts";
export type {
  TriageState,
  QuestionView,
  CauseView,
  Candidate,
  Step,
  ConditionTrace,
  TreeSource,
  TreeSummary,
} from "./session/types.ts";
export type { Tree, Question, Cause, IncidentFactName } from "./schemas/tree.ts";
export type { IncidentFacts } from "./incident/facts.ts";
export type { Problem } from "./errors/problem.ts";
export type { ProblemId } from "./errors/catalog.ts";
