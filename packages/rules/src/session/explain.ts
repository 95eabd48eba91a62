import type { ConditionTrace, TriageState } from "./types.ts";

/** One reason on the way to a result: the question, the answer, and the rule condition that held. */
export interface ExplanationLine {
  question: string;
  answer: string;
  /** `user`: the reader's answer; `incident`: read from the pasted error. */
  source: "user" | "incident";
  /** The condition json-rules-engine evaluated, in words, e.g. `retry-after ≥ 60`. */
  because: string;
  rule: string;
}

const operators: Record<string, string> = {
  equal: "=",
  notEqual: "≠",
  greaterThanInclusive: "≥",
  greaterThan: ">",
  lessThan: "<",
  lessThanInclusive: "≤",
  in: "in",
};

function condition(c: ConditionTrace): string {
  return `${c.fact} ${operators[c.operator] ?? c.operator} ${JSON.stringify(c.value)} (was ${JSON.stringify(c.factResult)})`;
}

/** Why the session is where it is, built from the rule results of each step. */
export function explain(state: TriageState): ExplanationLine[] {
  return state.steps.map((s) => ({
    question: s.questionText,
    answer: s.answerLabel,
    source: s.source,
    because: s.conditions.map(condition).join(" and "),
    rule: s.rule,
  }));
}

/**
 * A plain-text report of the path for a support ticket: answers, result and what to check
 * next. It holds only tree text and already-redacted facts, never the raw paste.
 */
export function formatReport(
  state: TriageState,
  extra: { title?: string; url?: string; requestIds?: string[] } = {},
): string {
  const lines = [`Triage: ${extra.title ?? state.startTree}`];
  if (extra.url) lines.push(`Link: ${extra.url}`);
  lines.push("", "Answers:");
  for (const line of explain(state)) {
    lines.push(
      `- ${line.question} → ${line.answer}${line.source === "incident" ? " (from the pasted error)" : ""}`,
    );
  }
  if (state.steps.length === 0) lines.push("- (none yet)");
  if (state.cause) {
    lines.push(
      "",
      `Likely cause: ${state.cause.title}`,
      `Confirmed by: ${state.cause.confirm}`,
      "Fix:",
    );
    state.cause.fix.forEach((f, i) => lines.push(`  ${i + 1}. ${f}`));
  } else if (state.question) {
    lines.push("", `Open question: ${state.question.text}`);
  }
  if (state.candidates.length > 0) {
    lines.push("", state.cause ? "If that is not it, check next:" : "Still possible:");
    for (const c of state.candidates) lines.push(`- ${c.title}`);
  }
  if (extra.requestIds?.length) lines.push("", `Request ids: ${extra.requestIds.join(", ")}`);
  return lines.join("\n");
}
