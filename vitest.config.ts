import { defineConfig } from "vitest/config";

// One run over every package (Turborepo's with-vitest layout): `pnpm test` ends with one summary.
export default defineConfig({
  test: {
    projects: ["packages/*", "apps/*"],
    reporters: ["default", "./scripts/summary-reporter.ts"],
  },
});
