import { readFileSync, readdirSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { createTriage, diagnose, parseTree } from "../src/index.ts";
import { signatureJsonSchema } from "../src/schemas/signature.ts";
import { checkSignatures } from "../src/signatures/check-signatures.ts";
import { compiledSignatureModules } from "../src/signatures/generate-module.ts";
import { parseSignatureFile } from "../src/signatures/parse-signatures.ts";
import { signatureFiles } from "./support/signature-files.ts";
import { treesDir } from "./support/trees.ts";

const files = signatureFiles();

describe("the shipped error signatures", () => {
  test("every file validates and every signature passes its examples on json-rules-engine", async () => {
    const problems = await checkSignatures(files);
    expect(problems.map((p) => `${p.file}:${p.line} ${p.id} ${p.message}`)).toEqual([]);
  });

  test("src/signatures/generated.ts and generated-titles.ts are compiled from them (run `pnpm --filter @kb/rules build`)", () => {
    const trees = readdirSync(treesDir)
      .filter((f) => f.endsWith(".yaml"))
      .flatMap((f) => parseTree(readFileSync(new URL(f, treesDir), "utf8"), f).tree ?? []);
    const expected = compiledSignatureModules(files, trees);
    for (const [name, source] of Object.entries(expected)) {
      const committed = readFileSync(new URL(`../src/signatures/${name}`, import.meta.url), "utf8");
      expect(committed, name).toBe(source);
    }
  });

  test("schema/signature.schema.json is generated from the zod schema", () => {
    const committed = readFileSync(
      new URL("../schema/signature.schema.json", import.meta.url),
      "utf8",
    );
    expect(committed).toBe(signatureJsonSchema());
  });
});

const one = (body: string, file = "packages/rules/signatures/x.yaml") =>
  parseSignatureFile(`signatures:\n${body}`, file);

const signature = (id: string, match: string, condition: string, example: string) => `
  - id: ${id}
    title: A test signature
    references: [https://example.com/docs]
    match: ${match}
    yields: { condition: ${condition} }
    examples:
      match: [${JSON.stringify(example)}]
`;

describe("checking signature files", () => {
  test("a plain-http reference, an unknown condition and a bad JSON path are refused with their line", () => {
    const parsed = one(`
  - id: bad
    title: Bad signature
    references: [http://example.com/docs]
    match: { json: { "error..reason": x } }
    yields: { condition: rate-limitted }
    examples: { match: [x] }
`);
    expect(parsed.problems.map((p) => [p.id, p.line])).toEqual([
      ["signature-schema", 5],
      ["signature-schema", 6],
      ["signature-schema", 7],
    ]);
  });

  test("duplicate ids across files, failing examples and overlaps are reported", async () => {
    const a = one(
      signature("dup", "{ phrase: quota exceeded }", "quota-exhausted", "quota exceeded today"),
      "a.yaml",
    );
    const b = one(
      signature("dup", "{ phrase: exceeded }", "rate-limited", "rate exceeded") +
        signature("misses", "{ status: 418 }", "server-error", "HTTP/1.1 500 Oops"),
      "b.yaml",
    );
    const problems = await checkSignatures([a, b]);
    expect(problems.map((p) => `${p.file} ${p.id} ${p.severity}`).sort()).toEqual([
      "a.yaml signature-overlap warning",
      "b.yaml signature-duplicate-id error",
      "b.yaml signature-example-failed error",
    ]);
  });

  test("noMatch examples that match are reported", async () => {
    const parsed = one(`
  - id: too-broad
    title: Too broad
    references: [https://example.com/docs]
    match: { phrase: limit }
    yields: { condition: rate-limited }
    examples: { match: [rate limit], noMatch: [credit limit reached on the card] }
`);
    const problems = await checkSignatures([parsed]);
    expect(problems.map((p) => [p.id, p.line])).toEqual([["signature-example-failed", 8]]);
  });
});

describe("the entry tree routes on the condition before the bare status", () => {
  const trees = readdirSync(treesDir)
    .filter((f) => f.endsWith(".yaml"))
    .flatMap((f) => parseTree(readFileSync(new URL(f, treesDir), "utf8"), f).tree ?? []);
  const triage = createTriage(trees);

  test.each([
    ["HTTP/2 403\nx-ratelimit-remaining: 0\n", "rate-limits"],
    ["HTTP/2 403\nx-ratelimit-remaining: 4999\n", "authentication"],
    [
      'HTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant","error_description":"expired"}',
      "oauth",
    ],
    [
      'HTTP/1.1 400 Bad Request\n\n{"__type":"ThrottlingException","message":"Rate exceeded"}',
      "rate-limits",
    ],
    ["Error: 14 UNAVAILABLE: No connection established", "grpc"],
  ])("%j goes to %s", async (paste, tree) => {
    const { trees: visited } = await diagnose(paste, triage);
    expect(visited[1]).toBe(tree);
  });
});
