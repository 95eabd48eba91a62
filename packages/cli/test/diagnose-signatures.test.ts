import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync, cpSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const root = fileURLToPath(new URL("../../../", import.meta.url));

function kb(args: string[], input = "", cwd = root) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd,
    input,
    encoding: "utf8",
    env: { ...process.env, KB_CONTENT_DIR: "", KB_TREES_DIR: "" },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const githubSecondary = `HTTP/2 403
retry-after: 60
x-ratelimit-remaining: 4821
authorization: token ghs_9XkTq2LmVb7RcW4nZp1YhJd6sFa3GeU0oPiQ

{"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}`;

describe("kb diagnose says what it understood", () => {
  test("text: the signature that matched, the lines that show it and the provider's docs", () => {
    const run = kb(["diagnose"], githubSecondary);
    expect(run.code).toBe(0);
    expect(run.out).toContain(
      "Recognised: GitHub secondary rate limit (too many concurrent or rapid requests) [github-secondary-rate-limit] → rate-limited",
    );
    expect(run.out).toContain(
      '    ← {"message":"You have exceeded a secondary rate limit. Please wait a few minutes before you try again."}',
    );
    expect(run.out).toContain(
      "    docs: https://docs.github.com/en/rest/using-the-rest-api/rate-limits-for-the-rest-api#about-secondary-rate-limits",
    );
    // A 403 that says "rate limit" goes to rate limits, not to authentication.
    expect(run.out).toContain("Tree: rate-limits");
    expect(run.out).not.toContain("ghs_9XkTq2LmVb7RcW4nZp1YhJd6sFa3GeU0oPiQ");
  });

  test("JSON: signatures with evidence and references", () => {
    const result = JSON.parse(kb(["diagnose", "--json"], githubSecondary).out) as {
      signatures: { id: string; provider: string; evidence: string[]; references: string[] }[];
      closestTrees: unknown[];
      tree: string;
    };
    expect(result.signatures[0]).toMatchObject({
      id: "github-secondary-rate-limit",
      provider: "github",
    });
    expect(result.signatures[0]?.references[0]).toMatch(/^https:\/\/docs\.github\.com\//);
    expect(result.closestTrees).toEqual([]);
    expect(result.tree).toBe("rate-limits");
  });

  test("nothing specific: it says so and lists the closest trees instead of a bare entry question", () => {
    const run = kb(["diagnose"], "the nightly sync logs: rate exceeded, then nothing");
    expect(run.out).toContain("No known error signature matched this paste.");
    expect(run.out).toContain("Closest trees:");
    expect(run.out).toContain("(pnpm kb triage rate-limits)");
    const json = JSON.parse(kb(["diagnose", "--json"], "it does not work").out) as {
      signatures: unknown[];
      closestTrees: { tree: string }[];
    };
    expect(json.signatures).toEqual([]);
    expect(json.closestTrees.map((c) => c.tree)).toContain("authentication");
  });

  test("no signature, but the facts route it: it says the facts chose the tree", () => {
    const run = kb(["diagnose"], "Error: connect ECONNREFUSED 10.0.4.7:8443");
    expect(run.out).toContain("what was found in it chose the tree below");
    expect(run.out).not.toContain("Closest trees:");
    expect(run.out).toContain("Tree: network");
  });
});

describe("kb new signature", () => {
  const scratch = mkdtempSync(join(tmpdir(), "kb-sig-"));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));
  // A copy of the repository's rules package so the scaffold never touches the real files.
  const repo = join(scratch, "repo");
  cpSync(join(root, "pnpm-workspace.yaml"), join(repo, "pnpm-workspace.yaml"));
  cpSync(join(root, "packages/rules/signatures"), join(repo, "packages/rules/signatures"), {
    recursive: true,
  });

  test("scaffolds from a pasted sample: status, code, the redacted sample as its example", () => {
    const sample = join(scratch, "paste.txt");
    writeFileSync(
      sample,
      'HTTP/1.1 400 Bad Request\nAuthorization: Bearer sk_live_51Hq3KfFAKEq1W2e3R4t5\n\n{"errors":[{"errorCode":"INVALID_CROSS_REFERENCE_KEY","message":"invalid cross reference id"}]}\n',
    );
    const run = kb(["new", "signature", "salesforce-cross-reference", "--from", sample], "", repo);
    expect(run.err).toBe("");
    expect(run.out).toContain(
      'Added "salesforce-cross-reference" to packages/rules/signatures/salesforce.yaml.',
    );
    const file = readFileSync(join(repo, "packages/rules/signatures/salesforce.yaml"), "utf8");
    expect(file).toContain("  - id: salesforce-cross-reference");
    expect(file).toContain("      status: 400");
    expect(file).toContain("      errorCode: INVALID_CROSS_REFERENCE_KEY");
    expect(file).toContain("https://TODO.invalid/");
    expect(file).not.toContain("sk_live_51Hq3KfFAKEq1W2e3R4t5");
    // The same id twice is refused.
    const again = kb(
      ["new", "signature", "salesforce-cross-reference", "--from", sample],
      "",
      repo,
    );
    expect(again.code).toBe(2);
  });

  test("a new family gets its own file; a bad id is a usage error", () => {
    const run = kb(["new", "signature", "acme-quota"], "HTTP/1.1 429 Too Many Requests\n", repo);
    expect(run.code).toBe(0);
    expect(existsSync(join(repo, "packages/rules/signatures/acme.yaml"))).toBe(true);
    expect(kb(["new", "signature", "Acme_Quota"], "x", repo).code).toBe(2);
  });
});
