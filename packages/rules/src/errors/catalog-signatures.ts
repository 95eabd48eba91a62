/**
 * Problems of error signatures (`packages/rules/signatures/*.yaml`) and of the conditions trees
 * route on. `kb check` reports them; the site lists them at /contributing/errors/.
 */
export const signaturesCatalog = {
  "signature-yaml-syntax": {
    title: "The signature file is not valid YAML",
    why: "The file cannot be read, so none of its signatures can be checked or shipped.",
    fix: 'Fix the YAML at the reported line: indent with spaces, and quote text that contains `: `, starts with `{`, `[`, `*` or `&`, or is a number that must stay text (`"0"`).',
  },
  "signature-schema": {
    title: "A field of a signature is missing or has the wrong shape",
    why: "Signatures are compiled into rules the paste reader runs; a field it does not understand would be ignored or match the wrong pastes.",
    fix: "Correct the field as the message says. Editors that read `signature.schema.json` show these mistakes as you type.",
  },
  "signature-duplicate-id": {
    title: "Two signatures share an id",
    why: "Readers and the corpus report name signatures by id; two alike make a match ambiguous.",
    fix: "Give each signature its own id, prefixed with its provider or family, e.g. `github-secondary-rate-limit`.",
  },
  "signature-example-failed": {
    title: "A signature does not match its own example",
    why: "Examples are the signature's tests: an example under `match` that it misses (or one under `noMatch` that it matches) means it does not recognise what its author meant.",
    fix: "Run `pnpm kb diagnose < example.txt` to see what was read from the paste (status, headers, JSON fields), then fix the `match` or the example.",
  },
  "signature-overlap": {
    title: "Two signatures claim the same example with different meanings",
    why: "When two signatures match one paste and yield different conditions, only the priority decides what readers are told; the overlap is usually a too broad `match`.",
    fix: "Narrow one `match` (add a status, header or JSON field), or set `priority` so the more specific signature wins, and say why in a comment.",
  },
  "signature-not-built": {
    title: "The compiled signatures are out of date",
    why: "The paste reader ships `src/signatures/generated.ts`, compiled from the YAML files; an edit not compiled does not reach readers.",
    fix: "Run `pnpm --filter @kb/rules build` and commit the regenerated file.",
  },
  "tree-unknown-condition": {
    title: "A tree routes on a condition that no signature can yield",
    why: "`when:` values of a question with `fact: condition` must be names from the condition vocabulary, or the answer can never be chosen from a paste.",
    fix: "Use a name listed in packages/rules/signatures/README.md (conditionNames in src/schemas/signature.ts), or add the new name there first.",
  },
} as const satisfies Record<string, { title: string; why: string; fix: string }>;
