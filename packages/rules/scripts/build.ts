// Writes what is generated from the zod schemas and the YAML content, all committed:
// - schema/tree.schema.json and schema/signature.schema.json, so editors can check files;
// - src/signatures/generated.ts and generated-titles.ts, the compiled signatures the paste
//   reader ships, rules apart from titles and links (the pure package reads no files at run
//   time).
// test/schema.test.ts and test/signatures.test.ts fail when any of them is out of date.
import { readdirSync, readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { treeJsonSchema } from "../src/schemas/tree-json-schema.ts";
import { signatureJsonSchema } from "../src/schemas/signature.ts";
import { parseSignatureFile } from "../src/signatures/parse-signatures.ts";
import { compiledSignatureModules } from "../src/signatures/generate-module.ts";
import { parseTree } from "../src/tree/parse-tree.ts";
import { formatProblem } from "../src/errors/problem.ts";

const at = (path: string) => new URL(`../${path}`, import.meta.url);
mkdirSync(at("schema/"), { recursive: true });
writeFileSync(at("schema/tree.schema.json"), treeJsonSchema());
writeFileSync(at("schema/signature.schema.json"), signatureJsonSchema());

const files = readdirSync(at("signatures/"))
  .filter((f) => f.endsWith(".yaml") && !f.startsWith("_"))
  .sort()
  .map((f) =>
    parseSignatureFile(
      readFileSync(at(`signatures/${f}`), "utf8"),
      `packages/rules/signatures/${f}`,
    ),
  );
const broken = files.flatMap((f) => f.problems);
if (broken.length > 0) {
  console.error(broken.map(formatProblem).join("\n"));
  process.exit(1);
}
const trees = readdirSync(at("trees/"))
  .filter((f) => f.endsWith(".yaml"))
  .flatMap((f) => parseTree(readFileSync(at(`trees/${f}`), "utf8"), f).tree ?? []);
const modules = compiledSignatureModules(files, trees);
for (const [name, source] of Object.entries(modules))
  writeFileSync(at(`src/signatures/${name}`), source);
console.log(
  `wrote schema/tree.schema.json, schema/signature.schema.json, ${Object.keys(modules)
    .map((name) => `src/signatures/${name}`)
    .join(", ")}`,
);
