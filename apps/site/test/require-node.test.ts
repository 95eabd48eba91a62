import { execFileSync } from "node:child_process";
import { appendFileSync, copyFileSync, mkdtempSync, realpathSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { problemCatalog } from "@kb/rules";
import { afterAll, describe, expect, test } from "vitest";
import { pinnedNodeBinaries, verifyNodeBinary } from "../../../scripts/require-node.mjs";

// The Node binary that every script runs on is checked against a recorded SHA-256
// (scripts/require-node.mjs), because the `node` package downloads it outside the lockfile.
const root = fileURLToPath(new URL("../../../", import.meta.url));
const installed = realpathSync(join(root, "node_modules/node/bin/node"));
const version = "24.21.0";
const platform = `${process.platform}-${process.arch}`;
const scratch = mkdtempSync(join(tmpdir(), "kb-node-"));
afterAll(() => rmSync(scratch, { recursive: true, force: true }));

describe("the Node binary behind node_modules/.bin/node is verified before scripts run", () => {
  test("the installed binary is the recorded one, and the script lets scripts run (as in CI)", () => {
    expect(verifyNodeBinary({ binary: installed, version, platform, strict: true }).ok).toBe(true);
    const out = execFileSync(process.execPath, [join(root, "scripts/require-node.mjs")], {
      env: { ...process.env, CI: "true" },
      encoding: "utf8",
    });
    expect(out).toContain(`Node ${process.version}`);
  });

  test("a tampered copy is refused with node-binary-mismatch, naming both hashes", () => {
    const copy = join(scratch, "node");
    copyFileSync(installed, copy);
    appendFileSync(copy, "\0"); // one byte more: a different program as far as we know
    const result = verifyNodeBinary({ binary: copy, version, platform, strict: false });
    expect(result.ok).toBe(false);
    expect(result.message).toMatch(/^\[node-binary-mismatch\] The Node binary at .*\/node is not/);
    expect(result.message).toContain(
      `pinned ${pinnedNodeBinaries[version][platform as "linux-x64"]}`,
    );
  });

  test("a platform with no recorded hash is refused in CI and warned about elsewhere", () => {
    const other = { binary: installed, version, platform: "sunos-sparc" };
    const inCi = verifyNodeBinary({ ...other, strict: true });
    expect(inCi.ok).toBe(false);
    expect(inCi.message).toMatch(
      /^\[node-binary-unpinned\] No SHA-256 is recorded for Node 24\.21\.0 on sunos-sparc/,
    );
    const local = verifyNodeBinary({ ...other, strict: false });
    expect(local.ok).toBe(true);
    expect(local.message).toMatch(/^\[node-binary-unpinned\].*Scripts run anyway/);
    expect(problemCatalog).toHaveProperty(["node-binary-unpinned"]);
    expect(problemCatalog).toHaveProperty(["node-binary-mismatch"]);
  });

  test("the pin follows the version package.json asks for", async () => {
    const pkg = (await import("../../../package.json", { with: { type: "json" } })).default as {
      devDependencies: Record<string, string>;
    };
    expect(Object.keys(pinnedNodeBinaries)).toContain(pkg.devDependencies.node);
  });
});
