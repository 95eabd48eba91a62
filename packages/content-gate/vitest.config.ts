import { defineProject } from "vitest/config";

export default defineProject({
  test: {
    name: "content-gate",
    include: ["test/**/*.test.ts"],
    testTimeout: 30_000,
    sequence: { groupOrder: 1 },
  },
});
