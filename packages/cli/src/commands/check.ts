import { problem } from "@kb/rules";
import { checkRepo } from "../checks/check-repo.ts";
import { findRepo } from "../repo.ts";
import { reporters } from "../reporters/reporters.ts";
import { UsageError } from "../usage.ts";

/** `kb check [--format text|json|github]`: exit 1 on any error. */
export async function check(options: { format?: string }): Promise<number> {
  const format = options.format ?? "text";
  const reporter = reporters[format];
  if (!reporter)
    throw new UsageError(
      `Unknown format "${format}".`,
      "kb check --format text   (or json, github)",
    );
  const problems = await checkRepo(findRepo()).catch((error: unknown) => [
    // Never a stack: a failure of the checks themselves is reported like any problem.
    {
      ...problem(
        "content-unreadable",
        `kb check could not finish: ${error instanceof Error ? error.message : String(error)}`,
      ),
      file: "content",
      line: 1,
      column: 1,
    },
  ]);
  process.stdout.write(reporter(problems));
  return problems.some((p) => p.severity === "error") ? 1 : 0;
}
