import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";

const lockfile = readFileSync(new URL("../../../pnpm-lock.yaml", import.meta.url), "utf8");

describe("the lockfile", () => {
  test("has no jsonpath-plus below 11 (code-execution advisories fixed only in 11.x)", () => {
    const versions = [...lockfile.matchAll(/^\s{2}\/?jsonpath-plus@(\d+)\.(\d+)\.(\d+)/gm)].map(
      (m) => m.slice(1).map(Number),
    );
    expect(
      versions.length,
      "jsonpath-plus is resolved (json-rules-engine depends on it)",
    ).toBeGreaterThan(0);
    for (const [major = 0] of versions) expect(major).toBeGreaterThanOrEqual(11);
  });

  test("only the packages listed in pnpm-workspace.yaml may run install scripts", () => {
    const workspace = readFileSync(
      new URL("../../../pnpm-workspace.yaml", import.meta.url),
      "utf8",
    );
    const allowed = /onlyBuiltDependencies:\n((?:\s+- .+\n)+)/
      .exec(workspace)?.[1]
      ?.match(/- (.+)/g)
      ?.map((l) => l.slice(2).trim());
    expect(allowed).toEqual(["node", "esbuild"]);
    expect(workspace).toMatch(/minimumReleaseAge: \d+/);
  });
});
