import { problem, type Problem, type ProblemId } from "@kb/rules";

/** A located problem: `file:line:col  id  message`, with why and fix from the catalog. */
export function located(
  id: ProblemId,
  message: string,
  file: string,
  line = 1,
  column = 1,
): Problem {
  return { ...problem(id, message), file, line, column };
}

/** What an exception says, without its stack: every failure becomes a problem, never a trace. */
export function reasonOf(error: unknown): string {
  if (error instanceof Error) {
    const code = (error as { code?: unknown }).code;
    return typeof code === "string" ? `${code}: ${error.message}` : error.message;
  }
  return String(error);
}

/** Line and column (1-based) of a character offset in a text. */
export function positionOf(text: string, offset: number): { line: number; column: number } {
  let line = 1;
  let lineStart = 0;
  for (let i = text.indexOf("\n"); i !== -1 && i < offset; i = text.indexOf("\n", i + 1)) {
    line++;
    lineStart = i + 1;
  }
  return { line, column: offset - lineStart + 1 };
}
