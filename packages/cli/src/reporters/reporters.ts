import { formatPath, type Problem } from "@kb/rules";

/** Turns the problems of a check into output; every format says the same thing. */
export type Reporter = (problems: Problem[]) => string;

const where = (p: Problem) => [p.file ?? "<input>", p.line ?? 1, p.column ?? 1].join(":");

/** `file:line:col  id  message`, then why and how to fix it; a summary line last. */
export const text: Reporter = (problems) => {
  const lines = problems.map((p) => {
    const path = p.path.length > 0 ? ` (at ${formatPath(p.path)})` : "";
    const label = p.severity === "warning" ? "warning " : "";
    return `${where(p)}  ${p.id}  ${label}${p.message}${path}\n    why: ${p.why}\n    fix: ${p.hint}`;
  });
  const errors = problems.filter((p) => p.severity === "error").length;
  const warnings = problems.length - errors;
  lines.push(
    problems.length === 0
      ? "kb check: no problems found."
      : `kb check: ${errors} error(s), ${warnings} warning(s). Error ids are explained at /contributing/errors/.`,
  );
  return `${lines.join("\n")}\n`;
};

/** One JSON document: `{ "problems": [...], "errors": n, "warnings": n }`. */
export const json: Reporter = (problems) => {
  const errors = problems.filter((p) => p.severity === "error").length;
  return `${JSON.stringify({ problems, errors, warnings: problems.length - errors }, null, 2)}\n`;
};

// GitHub workflow commands need %, \r, \n and (in properties) : and , escaped.
const escapeData = (s: string) =>
  s.replace(/%/g, "%25").replace(/\r/g, "%0D").replace(/\n/g, "%0A");
const escapeProperty = (s: string) => escapeData(s).replace(/:/g, "%3A").replace(/,/g, "%2C");

/** GitHub Actions annotations, shown on the pull request's changed lines. */
export const github: Reporter = (problems) =>
  problems
    .map((p) => {
      const props = [
        `file=${escapeProperty(p.file ?? "")}`,
        `line=${p.line ?? 1}`,
        `col=${p.column ?? 1}`,
        `title=${escapeProperty(p.id)}`,
      ].join(",");
      return `::${p.severity === "warning" ? "warning" : "error"} ${props}::${escapeData(`${p.message} Fix: ${p.hint}`)}`;
    })
    .join("\n") + (problems.length > 0 ? "\n" : "");

export const reporters: Record<string, Reporter> = { text, json, github };
