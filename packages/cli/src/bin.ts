#!/usr/bin/env node
import { parseArgs } from "node:util";
import { check } from "./commands/check.ts";
import { diagnose } from "./commands/diagnose.ts";
import { newArticle, newTree } from "./commands/new.ts";
import { newSignature } from "./commands/new-signature.ts";
import { triageCommand } from "./commands/triage.ts";
import { HELP, UsageError } from "./usage.ts";

async function main(argv: string[]): Promise<number> {
  const { values, positionals } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: {
      help: { type: "boolean", short: "h" },
      format: { type: "string" },
      answers: { type: "string" },
      json: { type: "boolean" },
      from: { type: "string" },
    },
  });
  const [command, ...rest] = positionals;
  if (values.help || command === undefined || command === "help") {
    process.stdout.write(HELP);
    return command === undefined && !values.help ? 2 : 0;
  }
  switch (command) {
    case "check":
      return check({ ...(values.format ? { format: values.format } : {}) });
    case "new":
      if (rest[0] === "article") return newArticle(rest[1]);
      if (rest[0] === "tree") return newTree(rest[1]);
      if (rest[0] === "signature") return newSignature(rest[1], values.from);
      throw new UsageError(
        `"kb new ${rest[0] ?? ""}" creates nothing: say what to create.`,
        "pnpm kb new article <slug>   or   pnpm kb new tree <id>",
      );
    case "triage":
      return triageCommand(rest[0], {
        ...(values.answers !== undefined ? { answers: values.answers } : {}),
      });
    case "diagnose":
      return diagnose({ json: values.json ?? false });
    default:
      throw new UsageError(`Unknown command "${command}".`, "pnpm kb --help");
  }
}

main(process.argv.slice(2)).then(
  (code) => {
    process.exitCode = code;
  },
  (error: unknown) => {
    if (error instanceof UsageError) {
      process.stderr.write(`kb: ${error.message}\nTry: ${error.tryInstead}\n`);
    } else if (
      error instanceof Error &&
      "code" in error &&
      String(error.code).startsWith("ERR_PARSE_ARGS")
    ) {
      process.stderr.write(`kb: ${error.message}\nTry: pnpm kb --help\n`);
    } else {
      process.stderr.write(`kb: ${error instanceof Error ? error.message : String(error)}\n`);
      process.exitCode = 1;
      return;
    }
    process.exitCode = 2;
  },
);
