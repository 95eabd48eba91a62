import { createInterface } from "node:readline";
import {
  ENTRY_TREE,
  createTriage,
  explain,
  sectionPath,
  type Triage,
  type TriageState,
} from "@kb/rules";
import { findRepo } from "../repo.ts";
import { loadTrees } from "../trees.ts";
import { UsageError } from "../usage.ts";

/** Prints where a session stands: the question with numbered answers, or the cause. */
export function describeState(state: TriageState): string {
  if (state.cause) {
    const c = state.cause;
    const why = explain(state).map(
      (l) =>
        `  - ${l.question} → ${l.answer}${l.source === "incident" ? " (from the pasted error)" : ""}`,
    );
    const next = state.candidates.map((x) => `  - ${x.title}`);
    return [
      `Likely cause: ${c.title}`,
      "",
      c.why,
      "",
      "Why this answer:",
      ...why,
      "",
      `Confirm it: ${c.confirm}`,
      "",
      "Fix:",
      ...c.fix.map((f, i) => `  ${i + 1}. ${f}`),
      "",
      `Read more: ${sectionPath(c.section)}`,
      ...(next.length > 0 ? ["", "If that is not it, check next:", ...next] : []),
    ].join("\n");
  }
  if (state.question) {
    const q = state.question;
    const options =
      q.type === "number"
        ? [
            `  (type a number${q.unit ? ` in ${q.unit}` : ""}; ranges: ${q.options.map((o) => o.label).join(" · ")})`,
          ]
        : q.options.map((o, i) => `  ${i + 1}. ${o.label}`);
    return [`${q.text}`, ...(q.help ? [`  ${q.help}`] : []), ...options].join("\n");
  }
  return `Continues in the tree "${state.handoff?.tree ?? ""}", which is not available.`;
}

async function answerAll(
  triage: Triage,
  start: TriageState,
  answers: Record<string, unknown>,
): Promise<TriageState> {
  let state = start;
  while (state.status === "question" && state.question) {
    const given = answers[state.question.id];
    if (given === undefined) break;
    const next = await triage.answer(
      state,
      state.question.id,
      typeof given === "number" ? given : typeof given === "string" ? given : JSON.stringify(given),
    );
    if (next.error)
      throw new UsageError(
        `${next.error.message} (question "${state.question.id}")`,
        `kb triage ${state.startTree} --answers '{"${state.question.id}": "${state.question.options[0]?.value ?? ""}"}'`,
      );
    state = next;
  }
  return state;
}

/**
 * `kb triage [tree] [--answers json]`: the same engine as the widget, in the terminal. With
 * --answers it runs without prompts; otherwise it asks, taking a number, or b (back),
 * r (restart), q (quit).
 */
export async function triageCommand(
  treeId: string | undefined,
  options: { answers?: string },
): Promise<number> {
  const trees = loadTrees(findRepo());
  const id = treeId ?? ENTRY_TREE;
  if (!trees.some((t) => t.id === id)) {
    throw new UsageError(
      `There is no tree "${id}".`,
      `pnpm kb triage ${trees
        .map((t) => t.id)
        .sort()
        .join(" | pnpm kb triage ")}`,
    );
  }
  const triage = createTriage(trees);
  let state = await triage.start(id);
  if (options.answers !== undefined) {
    let answers: unknown;
    try {
      answers = JSON.parse(options.answers);
    } catch {
      throw new UsageError(
        "--answers is not valid JSON.",
        `pnpm kb triage ${id} --answers '{"question-id": "answer"}'`,
      );
    }
    if (typeof answers !== "object" || answers === null || Array.isArray(answers)) {
      throw new UsageError(
        "--answers must be a JSON object of answers by question id.",
        `pnpm kb triage ${id} --answers '{"question-id": "answer"}'`,
      );
    }
    state = await answerAll(triage, state, answers as Record<string, unknown>);
    process.stdout.write(`${describeState(state)}\n`);
    return state.status === "cause" ? 0 : 1;
  }
  // Reading lines from an iterator, not rl.question(), keeps answers that were piped in or
  // typed ahead: readline drops lines that arrive while no question is pending.
  const rl = createInterface({ input: process.stdin, terminal: false });
  const lines = rl[Symbol.asyncIterator]();
  try {
    for (;;) {
      process.stdout.write(`\n${describeState(state)}\n`);
      if (state.status !== "question" || !state.question) break;
      const q = state.question;
      process.stdout.write("\n> ");
      const next = await lines.next();
      if (next.done) return 1;
      const input = String(next.value).trim().toLowerCase();
      if (input === "q") return 1;
      if (input === "b") {
        state = triage.back(state);
        continue;
      }
      if (input === "r") {
        state = await triage.restart(state);
        continue;
      }
      const value = q.type === "number" ? Number(input) : q.options[Number(input) - 1]?.value;
      const answered =
        value === undefined || input === "" ? undefined : await triage.answer(state, q.id, value);
      if (!answered || answered.error) {
        process.stdout.write(
          `Type ${q.type === "number" ? "a number" : `1 to ${q.options.length}`}, or b (back), r (restart), q (quit).\n`,
        );
        continue;
      }
      state = answered;
    }
    return 0;
  } finally {
    rl.close();
  }
}
