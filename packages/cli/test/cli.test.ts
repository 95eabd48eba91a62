import { spawnSync } from "node:child_process";
import { cpSync, mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, test } from "vitest";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const root = fileURLToPath(new URL("../../../", import.meta.url));
const broken = fileURLToPath(new URL("./fixtures/broken-repo/", import.meta.url));

/** Runs kb as a contributor does, in a folder of a repository. */
function kb(args: string[], options: { cwd?: string; input?: string } = {}) {
  const run = spawnSync(process.execPath, [bin, ...args], {
    cwd: options.cwd ?? root,
    input: options.input ?? "",
    encoding: "utf8",
    env: { ...process.env, KB_CONTENT_DIR: "", KB_TREES_DIR: "" },
  });
  return { code: run.status, out: run.stdout, err: run.stderr };
}

const scratch = mkdtempSync(join(tmpdir(), "kb-cli-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("kb, end to end", () => {
  test("--help lists the commands and exits 0; no command is a usage error", () => {
    const help = kb(["--help"]);
    expect(help.code).toBe(0);
    expect(help.out).toContain("new article <slug>");
    expect(kb([]).code).toBe(2);
  });

  test("an unknown command or option says what to type instead, exit 2", () => {
    const bad = kb(["chek"]);
    expect(bad.code).toBe(2);
    expect(bad.err).toBe('kb: Unknown command "chek".\nTry: pnpm kb --help\n');
    expect(kb(["check", "--frmat", "json"]).code).toBe(2);
    expect(kb(["check", "--format", "xml"]).err).toContain("Try: kb check --format text");
  });

  test("check passes on the repository, exit 0", () => {
    const run = kb(["check"]);
    expect(run.out).toBe("kb check: no problems found.\n");
    expect(run.code).toBe(0);
  });

  test("check on broken content: file:line:col id message, exit 1", () => {
    const run = kb(["check"], { cwd: broken });
    expect(run.code).toBe(1);
    expect(run.out).toContain(
      "content/broken-link.mdx:11:5  content-broken-link  `/nowhere/` points to no page.",
    );
    expect(run.out).toMatch(/kb check: 14 error\(s\), 0 warning\(s\)/);
  });

  test("check --format json and --format github", () => {
    const json = JSON.parse(kb(["check", "--format", "json"], { cwd: broken }).out) as {
      errors: number;
      problems: { id: string }[];
    };
    expect(json.errors).toBe(14);
    const github = kb(["check", "--format", "github"], { cwd: broken }).out.trim().split("\n");
    expect(github).toHaveLength(14);
    expect(github).toContain(
      "::error file=content/mdx-export.mdx,line=11,col=1,title=content-mdx-export::`export const secret = 1;` exports code from an article. Fix: Remove the `export`; put data in frontmatter instead.",
    );
  });

  test("new tree then new article: both pass check, and refuse to overwrite", () => {
    const repo = join(scratch, "repo");
    cpSync(broken, repo, {
      recursive: true,
      filter: (src) =>
        !src.includes("content/") ||
        src.endsWith("content") ||
        src.endsWith("good.mdx") ||
        src.endsWith("error-codes.yaml"),
    });
    cpSync(join(root, "content", "_template.mdx"), join(repo, "content", "_template.mdx"));
    rmSync(join(repo, "packages/rules/trees/orphan.yaml"));
    // The fixture's invalid error code would fail check; keep only its valid entry.
    const codes = join(repo, "content/error-codes.yaml");
    writeFileSync(codes, readFileSync(codes, "utf8").split('- id: "599"')[0] ?? "");

    expect(kb(["new", "tree", "oauth-redirect"], { cwd: repo }).code).toBe(0);
    const article = kb(["new", "article", "oauth-redirect"], { cwd: repo });
    expect(article.out).toContain("It embeds the tree packages/rules/trees/oauth-redirect.yaml");
    const check = kb(["check"], { cwd: repo });
    expect(check.out).toBe("kb check: no problems found.\n");
    expect(
      kb(["triage", "oauth-redirect", "--answers", '{"every-request":"yes"}'], { cwd: repo }).out,
    ).toContain("Likely cause: First cause");
    const again = kb(["new", "article", "oauth-redirect"], { cwd: repo });
    expect(again.code).toBe(2);
    expect(again.err).toContain("already exists; kb new never overwrites a file.");
    expect(kb(["new", "article", "Not A Slug"], { cwd: repo }).err).toContain(
      "Try: pnpm kb new article oauth-redirect-mismatch",
    );
  });

  test("new refuses reserved, over-long and odd slugs, naming the problem id", () => {
    const repo = join(scratch, "slugs");
    cpSync(broken, repo, { recursive: true });
    for (const [slug, id] of [
      ["errors", "content-reserved-slug"],
      ["404", "content-reserved-slug"],
      ["con", "content-reserved-slug"],
      ["lpt9", "content-reserved-slug"],
      ["a".repeat(61), "content-slug-too-long"],
      ["Café", "content-file-name"],
    ]) {
      const run = kb(["new", "article", slug as string], { cwd: repo });
      expect(run.code, slug).toBe(2);
      expect(run.err, slug).toContain(`(${id as string})`);
      expect(run.err, slug).toContain("Try: pnpm kb new article oauth-redirect-mismatch");
    }
    expect(kb(["new", "tree", "index"], { cwd: repo }).err).toContain("(content-reserved-slug)");
  });

  test("check reports non-UTF-8 files, dangling links and odd names with ids, never a stack", () => {
    const repo = join(scratch, "hostile");
    cpSync(broken, repo, { recursive: true });
    writeFileSync(
      join(repo, "content/latin1.mdx"),
      Buffer.from("---\ntitle: Caf\xe9\n---\n", "latin1"),
    );
    symlinkSync(join(repo, "nowhere"), join(repo, "content/dangling.mdx"));
    symlinkSync(join(repo, "nowhere.yaml"), join(repo, "packages/rules/trees/dangling.yaml"));
    writeFileSync(join(repo, "content/Read Me.mdx"), "x");
    const run = kb(["check"], { cwd: repo });
    expect(run.code).toBe(1);
    expect(run.err).toBe("");
    expect(run.out).toContain(
      "content/latin1.mdx:2:11  content-encoding  Byte 0xe9 is not valid UTF-8.",
    );
    expect(run.out).toContain("content/dangling.mdx:1:1  content-symlink");
    expect(run.out).toContain("packages/rules/trees/dangling.yaml:1:1  content-symlink");
    expect(run.out).toContain("content/Read Me.mdx:1:1  content-file-name");
    expect(run.out).not.toMatch(/\n\s+at /);
  });

  test("triage --answers runs without prompts; a wrong answer says what fits", () => {
    const ok = kb([
      "triage",
      "rate-limits",
      "--answers",
      '{"signal":"status-429","limit-report":"exhausted","reset-in":600}',
    ]);
    expect(ok.code).toBe(0);
    expect(ok.out).toContain("Likely cause: You used up a per-minute or per-hour quota");
    const bad = kb(["triage", "rate-limits", "--answers", '{"signal":"maybe"}']);
    expect(bad.code).toBe(2);
    expect(bad.err).toContain('"maybe" is not an answer');
    expect(kb(["triage", "nope"]).err).toContain("There is no tree");
  });

  test("triage asks in the terminal: numbers answer, b goes back, q quits", () => {
    // 429 → "Nothing more than the status" → "Many at once", with a step back on the way.
    const run = kb(["triage", "rate-limits"], { input: "1\nb\n1\n4\n1\n" });
    expect(run.out).toContain("How does the API tell you that you are limited?");
    expect(run.out).toContain("How are the failing requests sent?");
    expect(run.out).toContain("Likely cause: Too many requests at once");
  });

  test("diagnose reads stdin, redacts, routes and prints one JSON object with --json", () => {
    const paste =
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\nAuthorization: Bearer sk_live_123456789abcdef\n';
    const run = kb(["diagnose", "--json"], { input: paste });
    const result = JSON.parse(run.out) as Record<string, unknown>;
    expect(Object.keys(result).sort()).toEqual([
      "article",
      "candidates",
      "cause",
      "closestTrees",
      "evidence",
      "facts",
      "question",
      "signatures",
      "tree",
    ]);
    expect(result.facts).toEqual({
      status: 401,
      authError: "invalid_token",
      errorCode: "invalid_token",
    });
    expect(result.tree).toBe("authentication");
    expect((result.question as { id: string }).id).toBe("token-expired");
    expect(result.article).toBe("/authentication-failures/");
    expect(run.out).not.toContain("sk_live_123456789abcdef");
    const text = kb(["diagnose"], { input: paste }).out;
    expect(text).toContain("1 secret(s) redacted.");
    expect(text).toContain("Tree: authentication");
  });
});
