import { defineProject } from "vitest/config";

// Browser tests against the built site (`astro build` runs first, through turbo): one
// preview server for the whole run, one Chromium per file.
export default defineProject({
  test: {
    name: "site",
    include: ["test/**/*.test.ts"],
    globalSetup: ["./test/support/global-setup.ts"],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    fileParallelism: false,
    // After the unit tests (group 1), so the browser tests and their timings have the machine.
    sequence: { groupOrder: 2 },
    // A page may take a moment to hydrate on a loaded 2-core machine.
    expect: { poll: { timeout: 10_000 } },
  },
});
