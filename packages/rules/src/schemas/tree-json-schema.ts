import { z } from "zod";
import { treeSchema } from "./tree.ts";

/** The JSON Schema of a tree file as written (defaults optional), pretty-printed. */
export function treeJsonSchema(): string {
  const schema = z.toJSONSchema(treeSchema, { io: "input", unrepresentable: "any" });
  return `${JSON.stringify({ ...schema, title: "Triage tree", $id: "tree.schema.json" }, null, 2)}\n`;
}
