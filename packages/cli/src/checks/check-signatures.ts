import { basename, join } from "node:path";
import {
  checkSignatures,
  compileAll,
  conditionNames,
  conditionRoutesOf,
  parseSignatureFile,
  problem,
  signatureModules,
  type Problem,
  type Tree,
} from "@kb/rules";
import { listFiles, read, type Repo } from "../repo.ts";

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

/** `when:` values of `fact: condition` questions that are not in the condition vocabulary. */
export function unknownConditions(tree: Tree, file: string, source: string): Problem[] {
  const out: Problem[] = [];
  for (const q of tree.questions) {
    const facts = q.fact === undefined ? [] : Array.isArray(q.fact) ? q.fact : [q.fact];
    if (q.type !== "choice" || !facts.includes("condition")) continue;
    // Beside `errorCode` or `authError`, a lower-case value may be a code, not a condition.
    if (!facts.every((f) => nonWordFacts.has(f))) continue;
    for (const o of q.options)
      for (const w of o.when ?? []) {
        if (typeof w !== "string" || known.has(w) || /[A-Z]/.test(w)) continue;
        const at = source.indexOf(w);
        out.push({
          ...problem(
            "tree-unknown-condition",
            `"${w}" (question "${q.id}") is not a condition a signature can yield.`,
            ["questions", tree.questions.indexOf(q), "options", q.options.indexOf(o), "when"],
          ),
          file,
          ...(at >= 0 ? { line: source.slice(0, at).split("\n").length, column: 1 } : {}),
        });
      }
  }
  return out;
}

/**
 * The checks of `packages/rules/signatures/*.yaml`: schema, unique ids, https references, every
 * example run through json-rules-engine, overlaps, and that the compiled module the paste
 * reader ships was rebuilt after the last edit.
 */
export async function checkSignatureFiles(repo: Repo, trees: Tree[]): Promise<Problem[]> {
  const dir = join(repo.treesDir, "..", "signatures");
  const files = listFiles(dir, /\.ya?ml$/).map((f) => parseSignatureFile(read(f), repo.rel(f)));
  const problems = await checkSignatures(files);
  // A repository without signature files (a fixture, a fork of the content only) ships none.
  if (files.length === 0 || problems.some((p) => p.severity === "error")) return problems;
  const generatedDir = join(repo.treesDir, "..", "src", "signatures");
  const expected = signatureModules(
    compileAll(files),
    conditionRoutesOf(
      trees.find((t) => t.id === "integration-failing"),
      trees,
    ),
  );
  for (const [name, source] of Object.entries(expected)) {
    const generatedFile = join(generatedDir, name);
    const current = listFiles(generatedDir, /^generated(?:-titles)?\.ts$/).includes(generatedFile)
      ? read(generatedFile)
      : "";
    if (current !== source)
      problems.push({
        ...problem(
          "signature-not-built",
          `${repo.rel(generatedFile)} does not match ${files.length} signature file(s) in ${basename(dir)}/.`,
        ),
        file: repo.rel(generatedFile),
      });
  }
  return problems;
}
