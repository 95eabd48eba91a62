/** A mistake in how kb was called: exit code 2, with what to type instead. */
export class UsageError extends Error {
  /** The command line to type instead. */
  readonly tryInstead: string;

  constructor(message: string, tryInstead: string) {
    super(message);
    this.tryInstead = tryInstead;
  }
}

export const HELP = `kb — the knowledge base's contributor tool

Usage: pnpm kb <command> [options]

Commands:
  check [--format text|json|github]   Check every article, tree and error code (exit 1 on errors)
  new article <slug>                  Create content/<slug>.mdx from the template
  new tree <id>                       Create packages/rules/trees/<id>.yaml, a stub that validates
  new signature <id> [--from <file>]  Add an error signature scaffolded from a pasted sample (stdin)
  triage [tree] [--answers '<json>']  Run a tree in the terminal (default: integration-failing)
  diagnose [--json]                   Read an error from stdin, find facts, and run the triage on them

Options:
  -h, --help      Show this help
  --format        Output of check: text (default), json, github (pull-request annotations)
  --answers       Answers by question id, e.g. '{"status":"401","challenge":"none"}'
  --json          Machine-readable output of diagnose

Examples:
  pnpm kb new article oauth-redirect-mismatch
  pnpm kb triage rate-limits
  curl -si https://api.example.com/v1/me | pnpm kb diagnose
`;
