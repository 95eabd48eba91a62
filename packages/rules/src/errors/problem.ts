import type { ProblemId } from "./catalog.ts";
import { runtimeCatalog, type RuntimeProblemId } from "./runtime-catalog.ts";

/**
 * A problem found in a tree, an article or a saved state. `message` says what happened here;
 * `why` and `hint` come from the catalog entry of `id`.
 */
export interface Problem {
  /** Permanent id, listed at /contributing/errors/. */
  id: ProblemId;
  severity: "error" | "warning";
  /** What happened, specific to this occurrence. */
  message: string;
  /** Why it matters. */
  why: string;
  /** What to do about it. */
  hint: string;
  /** The file the problem is in, when known. */
  file?: string;
  /** The path inside the file, e.g. `["questions", 2, "options", 0, "next"]`. */
  path: (string | number)[];
  /** 1-based line and column, when the source is known. */
  line?: number;
  column?: number;
}

/** Builds a {@link Problem} from a catalog entry. */
export function makeProblem(
  entry: { why: string; fix: string },
  id: ProblemId,
  message: string,
  path: (string | number)[] = [],
  severity: Problem["severity"] = "error",
): Problem {
  return { id, severity, message, why: entry.why, hint: entry.fix, path };
}

/** Builds one of the problems a running session can return. */
export function runtimeProblem(
  id: RuntimeProblemId,
  message: string,
  path: (string | number)[] = [],
): Problem {
  return makeProblem(runtimeCatalog[id], id, message, path);
}

/** Renders a path as `questions[2].options[0].next`. */
export function formatPath(path: readonly (string | number)[]): string {
  return path
    .map((part, i) => (typeof part === "number" ? `[${part}]` : i === 0 ? part : `.${part}`))
    .join("");
}

/** One line per problem: `file:line:col  id  message`, then the hint. */
export function formatProblem(p: Problem): string {
  const where = [p.file ?? "<input>", p.line, p.column].filter((x) => x !== undefined).join(":");
  const at = p.path.length > 0 ? ` (at ${formatPath(p.path)})` : "";
  return `${where}  ${p.id}  ${p.message}${at}\n  why: ${p.why}\n  fix: ${p.hint}`;
}
