/**
 * `@kb/rules`: symptom-to-cause decision trees as reviewed data, compiled to json-rules-engine
 * rules and run by the real engine. Pure: no file system, DOM or process access; callers pass
 * text in and get data back.
 */
export * from "./runtime.ts";
export * from "./incident.ts";
export { diagnose, type Diagnosis } from "./session/diagnose.ts";
export { parseSignatureFile, type ParsedSignatures } from "./signatures/parse-signatures.ts";
export { checkSignatures } from "./signatures/check-signatures.ts";
export { compiledSignatureModules } from "./signatures/generate-module.ts";
export { conditionNames, signatureSchema, signatureFileSchema } from "./schemas/signature.ts";
export { parseTree, type ParsedTree } from "./tree/parse-tree.ts";
export { validateTree, type ValidateOptions } from "./tree/validate-tree.ts";
export { runExamples } from "./tree/run-examples.ts";
export { checkTreeSource, type TreeReport } from "./tree/check-tree.ts";
export { compileTree, rulesFor, hashTree, type CompiledTree } from "./engine/compile-tree.ts";
export { formatProblem, formatPath, type Problem } from "./errors/problem.ts";
export { problem } from "./errors/content-problem.ts";
export { problemsFromZod } from "./errors/zod-issues.ts";
export { problemCatalog, type ProblemId } from "./errors/catalog.ts";
