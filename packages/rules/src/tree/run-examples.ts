import { problem } from "../errors/content-problem.ts";
import type { Problem } from "../errors/problem.ts";
import type { Tree } from "../schemas/tree.ts";
import { createTriage } from "../session/triage.ts";

/**
 * Runs each example of a tree on the real engine and reports those that stop early or reach
 * something other than what they expect; warns about causes no example reaches. Hand-offs stop
 * at the tree's edge, so a tree's examples do not depend on other trees.
 */
export async function runExamples(tree: Tree): Promise<Problem[]> {
  const triage = createTriage([tree]);
  const out: Problem[] = [];
  const reached = new Set<string>();
  for (const [ei, example] of tree.examples.entries()) {
    let state = await triage.start(tree.id);
    const trail: string[] = [];
    let stopped = false;
    while (state.status === "question" && state.question && !stopped) {
      const q = state.question;
      const given = example.answers[q.id];
      if (given === undefined) {
        out.push(
          problem(
            "tree-example-incomplete",
            `Example "${example.name}" has no answer for "${q.id}" (${q.text}) after ${trail.join(" → ") || "the start"}.`,
            ["examples", ei, "answers"],
          ),
        );
        stopped = true;
        break;
      }
      const next = await triage.answer(state, q.id, given);
      if (next.error) {
        out.push(
          problem("tree-example-failed", `Example "${example.name}": ${next.error.message}`, [
            "examples",
            ei,
            "answers",
            q.id,
          ]),
        );
        stopped = true;
        break;
      }
      trail.push(`${q.id}=${String(given)}`);
      state = next;
    }
    if (stopped || state.error) continue;
    const got =
      state.status === "cause"
        ? `cause "${state.cause?.id}"`
        : `hand-off to "${state.handoff?.tree}"`;
    const want =
      example.cause !== undefined ? `cause "${example.cause}"` : `hand-off to "${example.tree}"`;
    if (state.cause) reached.add(state.cause.id);
    if (got !== want) {
      out.push(
        problem(
          "tree-example-failed",
          `Example "${example.name}" expects ${want} but reaches ${got} via ${trail.join(" → ")}.`,
          ["examples", ei, example.cause !== undefined ? "cause" : "tree"],
        ),
      );
    }
  }
  tree.causes.forEach((c, i) => {
    if (!reached.has(c.id))
      out.push(
        problem(
          "tree-uncovered-cause",
          `No example reaches the cause "${c.id}".`,
          ["causes", i, "id"],
          "warning",
        ),
      );
  });
  return out;
}
