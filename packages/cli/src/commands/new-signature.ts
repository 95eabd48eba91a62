import { existsSync, readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { stringify } from "yaml";
import { diagnoseText, parseSignatureFile, signatureSchema } from "@kb/rules";
import { findRepo } from "../repo.ts";
import { UsageError } from "../usage.ts";
import { readStdin } from "./diagnose.ts";

/** A status's usual condition, as a first guess the contributor corrects. */
function guessCondition(status: number | undefined): string {
  if (status === 429) return "rate-limited";
  if (status === 401) return "auth-invalid-credentials";
  if (status === 403) return "auth-insufficient-permissions";
  if (status === 404) return "not-found";
  if (status !== undefined && status >= 500) return "server-error";
  return "invalid-request";
}

/** The first line that reads like the error's message, as a phrase to match. */
function firstErrorLine(text: string): string | undefined {
  return text
    .split("\n")
    .map((l) => l.trim())
    .find((l) => /error|exception|failed|denied|exceeded|invalid/i.test(l) && l.length <= 160);
}

/**
 * `kb new signature <id> [--from <file>]`: a signature scaffold from a pasted sample (stdin or
 * a file), appended to `packages/rules/signatures/<family>.yaml` (the family is the id's first
 * word). It is pre-filled with what the paste reader found — status, error code, gRPC status,
 * rate-limit headers — and the redacted sample as its first example. Its placeholder reference
 * fails `kb check` until it is replaced by the provider's documentation.
 */
export async function newSignature(input: string | undefined, from?: string): Promise<number> {
  // The schema's own id rule, so this command and `kb check` cannot disagree.
  if (!input || !signatureSchema.shape.id.safeParse(input).success || !input.includes("-"))
    throw new UsageError(
      `"${input ?? ""}" is not a valid signature id: use <provider>-<what>, lower-case words joined by hyphens.`,
      "pnpm kb new signature github-secondary-rate-limit < paste.txt",
    );
  const repo = findRepo();
  const family = input.slice(0, input.indexOf("-"));
  const dir = join(repo.treesDir, "..", "signatures");
  const path = join(dir, `${family}.yaml`);
  const existing = existsSync(path) ? readFileSync(path, "utf8") : "";
  const taken = parseSignatureFile(existing, repo.rel(path)).data?.signatures ?? [];
  if (taken.some((s) => s.id === input))
    throw new UsageError(`${repo.rel(path)} already has "${input}".`, "pick another id");
  const paste = from ? readFileSync(from, "utf8") : await readStdin();
  const incident = await diagnoseText(paste);
  if (incident.text.trim() === "")
    throw new UsageError("The sample is empty.", `pnpm kb new signature ${input} --from paste.txt`);
  const { facts } = incident;
  const match: Record<string, unknown> = {};
  if (facts.status !== undefined) match.status = facts.status;
  // Only a code printed in the paste (a matched signature may have yielded one of its own).
  if (facts.errorCode && incident.text.toLowerCase().includes(facts.errorCode.toLowerCase()))
    match.errorCode = facts.errorCode;
  if (facts.grpcStatus) match.grpcStatus = facts.grpcStatus;
  if (facts.rateLimitRemaining === 0) match.headers = { "x-ratelimit-remaining": "0" };
  const phrase = firstErrorLine(incident.text);
  if (Object.keys(match).length === 0 && phrase) match.phrase = phrase;
  const entry = {
    id: input,
    title: `TODO: what this error is, in a few words`,
    references: ["https://TODO.invalid/the-providers-documentation-of-this-error"],
    priority: 70,
    match,
    yields: { condition: facts.condition ?? guessCondition(facts.status) },
    examples: { match: [incident.text.trim()] },
  };
  const item = stringify([entry], { lineWidth: 100 })
    .split("\n")
    .map((l) => (l ? `  ${l}` : l))
    .join("\n");
  const header = `# yaml-language-server: $schema=../schema/signature.schema.json\nprovider: ${family}\nsignatures:\n`;
  writeFileSync(path, existing ? `${existing.trimEnd()}\n${item}` : `${header}${item}`);
  const already = incident.signatures[0];
  process.stdout.write(
    [
      `Added "${input}" to ${repo.rel(path)}.`,
      ...(already
        ? [`Note: this sample already matches "${already.id}" (${already.condition ?? ""}).`]
        : []),
      "Next: set the title, the provider's documentation link and the condition; narrow `match`",
      "(see packages/rules/signatures/README.md), then run `pnpm --filter @kb/rules build` and `pnpm kb check`.",
      "",
    ].join("\n"),
  );
  return 0;
}
