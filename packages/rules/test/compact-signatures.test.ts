import { describe, expect, test } from "vitest";
import { compileAll } from "../src/signatures/compile-signature.ts";
import type { RuleCondition, RuleSignature } from "../src/signatures/compiled.ts";
import { compactSignatures, compactTitles, expandSignatures } from "../src/signatures/compact.ts";
import { signatureFiles } from "./support/signature-files.ts";

// The paste reader ships the rules in a compact form (src/signatures/generated.ts) and names
// them apart (generated-titles.ts, loaded only when a match is shown): nothing may be lost.
describe("the compact form of the shipped signatures", () => {
  const compiled = compileAll(signatureFiles());

  // A top-level `all` of one test ships as that test (the same rule for the engine, and the
  // same weight): both sides are compared with it unwrapped.
  const unwrap = (c: RuleCondition): RuleCondition =>
    "all" in c && c.all.length === 1 && c.all[0] ? unwrap(c.all[0]) : c;
  const rule = ({ conditions, ...rest }: RuleSignature) => ({
    ...rest,
    conditions: unwrap(conditions),
  });

  test("expands on load to exactly the rules compiled from the YAML", () => {
    const rules = compiled.map(({ id: _id, title: _title, references: _refs, ...r }) => rule(r));
    expect(expandSignatures(compactSignatures(compiled)).map(rule)).toEqual(rules);
  });

  test("names each rule by its position: id, title and first docs link", () => {
    const titles = compactTitles(compiled);
    expect(titles.i).toEqual(compiled.map((s) => s.id));
    expect(titles.t).toEqual(compiled.map((s) => s.title));
    expect(titles.r.map((r) => `https://${r}`)).toEqual(compiled.map((s) => s.references[0]));
  });
});
