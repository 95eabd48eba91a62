import type { IncidentFacts } from "../incident/facts.ts";
import type { IncidentFactName, Question } from "../schemas/tree.ts";
import { edgesOf } from "../tree/edges.ts";
import type { Step } from "./types.ts";

/**
 * The answer that known incident facts give to a question, if any. A choice option is chosen
 * when a fact's value is in its `when` list; a yes/no question is answered yes when the fact is
 * present; a number question takes a numeric fact as it is.
 */
export function autoAnswer(
  question: Question,
  facts: IncidentFacts,
): { value: string | number; fact: NonNullable<Step["fact"]> } | undefined {
  if (!question.fact) return undefined;
  const names: IncidentFactName[] = Array.isArray(question.fact) ? question.fact : [question.fact];
  for (const name of names) {
    const known = facts[name];
    if (known === undefined) continue;
    const fact = { name, value: known };
    if (question.type === "number") {
      if (typeof known === "number") return { value: known, fact };
    } else if (question.type === "yesno") {
      return { value: "yes", fact };
    } else {
      const edge = edgesOf(question).find((e) =>
        e.when?.some((w) => String(w).toLowerCase() === String(known).toLowerCase()),
      );
      if (edge) return { value: edge.value, fact };
    }
  }
  return undefined;
}
