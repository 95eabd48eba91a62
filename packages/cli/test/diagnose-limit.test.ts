import { spawnSync } from "node:child_process";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const bin = fileURLToPath(new URL("../src/bin.ts", import.meta.url));
const root = fileURLToPath(new URL("../../../", import.meta.url));

describe("kb diagnose reads at most what the paste reader reads", () => {
  test("a paste over 256 KB is cut, and the command says so", () => {
    const secret = "ghp_Q7abcdefghijklmnopqrstuvwxyz0123456789";
    const paste = `HTTP/1.1 429 Too Many Requests\nAuthorization: token ${secret}\n${"x".repeat(2 * 1024 * 1024)}`;
    const run = spawnSync(process.execPath, [bin, "diagnose"], {
      cwd: root,
      input: paste,
      encoding: "utf8",
      env: { ...process.env, KB_CONTENT_DIR: "", KB_TREES_DIR: "" },
    });
    expect(run.status).toBe(0);
    expect(run.stderr).toContain("Only the first 256 KB of the paste are read");
    expect(run.stdout).toContain("429");
    expect(`${run.stdout}${run.stderr}`).not.toContain(secret);
  });
});
