import {
  ENTRY_TREE,
  MAX_INCIDENT_CHARS,
  createTriage,
  diagnose as diagnosePaste,
  sectionPath,
} from "@kb/rules";
import { findRepo } from "../repo.ts";
import { loadTrees } from "../trees.ts";
import { describeState } from "./triage.ts";

/** The paste on stdin (prompting when a person types it). */
export async function readStdin(): Promise<string> {
  if (process.stdin.isTTY) {
    process.stderr.write(
      "Paste the error (a response, a curl -v transcript, a stack trace), then press Ctrl-D:\n",
    );
  }
  // Read no more than the paste reader reads (a UTF-8 character is at most 4 bytes), so a
  // huge or endless stdin neither fills memory nor hangs the command.
  const chunks: Buffer[] = [];
  let bytes = 0;
  for await (const chunk of process.stdin) {
    chunks.push(chunk as Buffer);
    bytes += (chunk as Buffer).length;
    if (bytes > MAX_INCIDENT_CHARS * 4) break;
  }
  const text = Buffer.concat(chunks).toString("utf8");
  if (text.length > MAX_INCIDENT_CHARS)
    process.stderr.write(
      `Only the first ${MAX_INCIDENT_CHARS / 1024} KB of the paste are read; the rest is ignored.\n`,
    );
  return text.slice(0, MAX_INCIDENT_CHARS + 1);
}

/** Where a reader can go when no signature matched and the facts did not route the paste. */
function closest(
  matched: boolean,
  candidates: { tree: string; title: string }[],
  atEntry: boolean,
  entryOptions: { tree: string; title: string }[],
): { tree: string; title: string }[] {
  if (matched || !atEntry) return [];
  return candidates.length > 0 ? candidates : entryOptions;
}

/**
 * `kb diagnose [--json]`: reads pasted text on stdin, prints what was understood — the error
 * signatures that matched, with the lines that show them and the provider's documentation —
 * the facts found (redacted), the tree the entry triage routes them to, and the cause reached
 * or the next question. When no signature matches, it says so and lists the closest trees.
 */
export async function diagnose(options: { json?: boolean }): Promise<number> {
  const trees = loadTrees(findRepo());
  const triage = createTriage(trees);
  const { incident, state } = await diagnosePaste(await readStdin(), triage, ENTRY_TREE);
  const article = state.cause?.section ?? trees.find((t) => t.id === state.tree)?.article ?? "";
  const entry = trees.find((t) => t.id === ENTRY_TREE);
  const entryOptions = (entry?.questions ?? []).flatMap((q) =>
    q.type === "choice"
      ? q.options.flatMap((o) =>
          o.tree
            ? [{ tree: o.tree, title: trees.find((t) => t.id === o.tree)?.title ?? o.label }]
            : [],
        )
      : [],
  );
  const atEntry = state.tree === ENTRY_TREE && state.status === "question";
  const closestTrees = closest(
    incident.signatures.length > 0,
    incident.candidates,
    atEntry,
    entryOptions,
  );
  if (options.json) {
    const result = {
      /** The error signatures that matched, best first, with evidence lines and docs links. */
      signatures: incident.signatures,
      /** When none matched and the facts did not route the paste: the closest trees. */
      closestTrees,
      facts: incident.facts,
      evidence: incident.evidence,
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
  const understood = incident.signatures.flatMap((s, i) => [
    `${i === 0 ? "Recognised" : "Also matches"}: ${s.title} [${s.id}]${s.condition ? ` → ${s.condition}` : ""}`,
    ...s.evidence.map((line) => `    ← ${line}`),
    ...s.references.map((url) => `    docs: ${url}`),
  ]);
  const facts = incident.evidence.map((e) => `  - ${e.fact}: ${String(e.value)}    ← ${e.line}`);
  process.stdout.write(
    [
      ...(understood.length > 0
        ? understood
        : [
            atEntry
              ? "No known error signature matched this paste."
              : "No known error signature matched this paste; what was found in it chose the tree below.",
            ...(closestTrees.length > 0
              ? [
                  "Closest trees:",
                  ...closestTrees.map((c) => `  - ${c.title} (pnpm kb triage ${c.tree})`),
                ]
              : []),
          ]),
      "",
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
