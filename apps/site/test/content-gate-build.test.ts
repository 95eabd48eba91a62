import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { describe, expect, test } from "vitest";

const site = fileURLToPath(new URL("../", import.meta.url));
const fixture = fileURLToPath(new URL("./fixtures/gate-content/", import.meta.url));

describe("the build runs the content gate", () => {
  // The gate runs in `astro:config:setup`, before content is loaded or compiled, so this build
  // stops in seconds and writes nothing: no dist, no content cache (which is not keyed by the
  // content folder).
  test("an article kb check refuses does not build: same ids and file:line:col", () => {
    const out = mkdtempSync(join(tmpdir(), "kb-gate-build-"));
    try {
      const run = spawnSync(process.execPath, ["node_modules/astro/bin/astro.mjs", "build"], {
        cwd: site,
        encoding: "utf8",
        env: { ...process.env, KB_CONTENT_DIR: fixture, KB_OUT_DIR: out },
        timeout: 120_000,
      });
      const output = `${run.stdout}\n${run.stderr}`;
      expect(run.status, output).not.toBe(0);
      const file = "apps/site/test/fixtures/gate-content/hostile.mdx";
      expect(output).toContain(`${file}:9:1  content-frontmatter-key`);
      expect(output).toContain(`${file}:12:1  content-mdx-import`);
      expect(output).toContain(`${file}:13:1  content-mdx-export`);
      expect(output).toContain(`${file}:15:1  content-mdx-expression`);
    } finally {
      rmSync(out, { recursive: true, force: true });
    }
  }, 120_000);
});
