import { problem } from "../errors/content-problem.ts";
import type { Problem } from "../errors/problem.ts";
import { conditionNames } from "../schemas/signature.ts";
import type { Tree } from "../schemas/tree.ts";

const known = new Set<string>(conditionNames);
/** Facts whose values are never lower-case words, so a lower-case `when` must be a condition. */
const nonWordFacts = new Set([
  "condition",
  "status",
  "networkError",
  "tlsError",
  "grpcStatus",
  "retryAfter",
  "rateLimitRemaining",
]);

/**
 * `when:` values of `fact: condition` questions that are not in the condition vocabulary: a
 * misspelt condition would never auto-answer, silently. Part of {@link validateTree}, so the
 * build and `kb check` both refuse it, at the value's own line.
 */
export function unknownConditions(tree: Tree): Problem[] {
  const out: Problem[] = [];
  tree.questions.forEach((q, i) => {
    const facts = q.fact === undefined ? [] : Array.isArray(q.fact) ? q.fact : [q.fact];
    if (q.type !== "choice" || !facts.includes("condition")) return;
    // Beside `errorCode` or `authError`, a lower-case value may be a code, not a condition.
    if (!facts.every((f) => nonWordFacts.has(f))) return;
    q.options.forEach((o, j) =>
      (o.when ?? []).forEach((w, k) => {
        if (typeof w !== "string" || known.has(w) || /[A-Z]/.test(w)) return;
        out.push(
          problem(
            "tree-unknown-condition",
            `"${w}" (question "${q.id}") is not a condition a signature can yield.`,
            ["questions", i, "options", j, "when", k],
          ),
        );
      }),
    );
  });
  return out;
}
