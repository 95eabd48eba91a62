import { problemCatalog, type ProblemId } from "./catalog.ts";
import { makeProblem, type Problem } from "./problem.ts";

/** Builds a {@link Problem} from its entry in the full catalog (checks of trees and content). */
export function problem(
  id: ProblemId,
  message: string,
  path: (string | number)[] = [],
  severity: Problem["severity"] = "error",
): Problem {
  return makeProblem(problemCatalog[id], id, message, path, severity);
}
