import type { ConditionName } from "../schemas/signature.ts";

/** A leaf of a compiled rule: json-rules-engine's `{ fact, operator, value }`. */
export interface LeafCondition {
  fact: "status" | "headers" | "json" | "phrases" | "words" | "grpcStatus" | "codes";
  operator: string;
  value: unknown;
}

/** A compiled rule's conditions, in json-rules-engine's shape. */
export type RuleCondition =
  LeafCondition | { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition };

/** What a signature yields when it matches. */
export interface Yields {
  condition: ConditionName;
  errorCode?: string;
  status?: number;
  grpcStatus?: string;
  networkError?: string;
}

/**
 * A signature as the paste reader ships it in its first chunk: its json-rules-engine rule and
 * what it yields, which decide the condition and the facts. Its id, title and links load apart,
 * only when a match is shown (generated-titles.ts).
 */
export interface RuleSignature {
  provider?: string;
  priority: number;
  /** Tests in the rule; more is more specific, which breaks ties of priority. */
  weight: number;
  yields: Yields;
  /** json-rules-engine `TopLevelCondition` (always `all`, `any` or `not` at the top). */
  conditions: { all: RuleCondition[] } | { any: RuleCondition[] } | { not: RuleCondition };
}

/** A compiled signature: its rule, and what readers are shown when it matches. */
export interface CompiledSignature extends RuleSignature {
  id: string;
  title: string;
  references: string[];
}

/** What readers are shown of the shipped signatures, by position (generated-titles.ts). */
export interface SignatureTitles {
  /** Ids. */
  i: string[];
  /** Titles. */
  t: string[];
  /** The first reference of each, without `https://`. */
  r: string[];
}

/** Where a condition routes in the entry tree, for "closest candidates". */
export type ConditionRoutes = Record<string, { tree: string; title: string }>;
