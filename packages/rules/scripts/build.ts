// Writes schema/tree.schema.json from the zod schema, so editors can autocomplete and check
// tree files. The file is committed; test/schema.test.ts fails when it is out of date.
import { writeFileSync, mkdirSync } from "node:fs";
import { treeJsonSchema } from "../src/schemas/tree-json-schema.ts";

const target = new URL("../schema/tree.schema.json", import.meta.url);
mkdirSync(new URL("../schema/", import.meta.url), { recursive: true });
writeFileSync(target, treeJsonSchema());
console.log(`wrote ${target.pathname}`);
