import { ENTRY_TREE, createTriage, parseIncident, sectionPath } from "@kb/rules";
import { findRepo } from "../repo.ts";
import { loadTrees } from "../trees.ts";
import { describeState } from "./triage.ts";

async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write(
      "Paste the error (a response, a curl -v transcript, a stack trace), then press Ctrl-D:\n",
    );
  }
  const chunks: Buffer[] = [];
  for await (const chunk of process.stdin) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString("utf8");
}

/**
 * `kb diagnose [--json]`: reads pasted text on stdin, prints the facts found (redacted), the
 * tree the entry triage routes them to, and the cause reached or the next question.
 */
export async function diagnose(options: { json?: boolean }): Promise<number> {
  const incident = parseIncident(await readStdin());
  const trees = loadTrees(findRepo());
  const triage = createTriage(trees);
  const state = await triage.start(ENTRY_TREE, incident.facts);
  const article = state.cause?.section ?? trees.find((t) => t.id === state.tree)?.article ?? "";
  if (options.json) {
    const result = {
      facts: incident.facts,
      tree: state.tree,
      cause: state.cause
        ? { id: state.cause.id, title: state.cause.title, fix: state.cause.fix }
        : null,
      question: state.question
        ? { id: state.question.id, text: state.question.text, options: state.question.options }
        : null,
      article: sectionPath(article),
      candidates: state.candidates.map((c) => ({
        id: c.id,
        title: c.title,
        likelihood: c.likelihood,
      })),
    };
    process.stdout.write(`${JSON.stringify(result, null, 2)}\n`);
    return 0;
  }
  const facts = incident.evidence.map((e) => `  - ${e.fact}: ${String(e.value)}    ← ${e.line}`);
  process.stdout.write(
    [
      facts.length > 0
        ? "Found in the paste:"
        : "No status code, error code or header was recognised.",
      ...facts,
      ...(incident.requestIds.length > 0
        ? [`Request ids: ${incident.requestIds.map((r) => r.value).join(", ")}`]
        : []),
      ...(incident.redactions > 0 ? [`${incident.redactions} secret(s) redacted.`] : []),
      "",
      `Tree: ${state.tree}`,
      "",
      describeState(state),
      "",
      `Article: ${sectionPath(article)}`,
      "",
    ].join("\n"),
  );
  return 0;
}
