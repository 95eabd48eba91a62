import { defineConfig } from "vitest/config";

// One run over every package (Turborepo's with-vitest layout): `pnpm test` ends with one summary.
// The timing project (group 0) runs before all the others (group 1), alone on the machine.
export default defineConfig({
  test: {
    projects: [
      {
        test: {
          name: "rules-timing",
          root: "./packages/rules",
          include: ["test/paste-patterns.test.ts"],
          sequence: { groupOrder: 0 },
          testTimeout: 120_000,
        },
      },
      "packages/*",
      "apps/*",
    ],
    reporters: ["default", "./scripts/summary-reporter.ts"],
  },
});
