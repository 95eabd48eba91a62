import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { treeJsonSchema } from "../src/schema.ts";

describe("the JSON Schema editors use", () => {
  test("schema/tree.schema.json is generated from the zod schema (run `pnpm --filter @kb/rules build` after changing it)", () => {
    const committed = readFileSync(new URL("../schema/tree.schema.json", import.meta.url), "utf8");
    expect(committed).toBe(treeJsonSchema());
  });

  test("documents every field, so editors can show help", () => {
    const schema = JSON.parse(treeJsonSchema()) as {
      properties: Record<string, { description?: string }>;
    };
    for (const [name, field] of Object.entries(schema.properties)) {
      expect(field.description, name).toBeTruthy();
    }
  });
});
