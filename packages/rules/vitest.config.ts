import { defineProject } from "vitest/config";

// The adversarial-timing file is its own project in the root config ("rules-timing"), run first
// and alone (group 0): its 100 ms-per-paste limit (issue #12) measures the code, not a machine
// busy with browser tests. Everything else runs after it (group 1, like every other project).
export default defineProject({
  test: {
    name: "rules",
    include: ["test/**/*.test.ts"],
    exclude: ["test/paste-patterns.test.ts"],
    sequence: { groupOrder: 1 },
  },
});
