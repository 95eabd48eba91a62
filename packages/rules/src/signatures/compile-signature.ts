import type { MatchInput, Signature } from "../schemas/signature.ts";
import type { ParsedSignatures } from "./parse-signatures.ts";
import type { CompiledSignature, LeafCondition, RuleCondition } from "./compiled.ts";
import { weightOf } from "./weight.ts";

const list = <T>(v: T | T[]): T[] => (Array.isArray(v) ? v : [v]);

/** One leaf test per key of a match object; several keys must all hold. */
function leaves(m: MatchInput): RuleCondition[] {
  const out: RuleCondition[] = [];
  const leaf = (fact: LeafCondition["fact"], operator: string, value: unknown) =>
    out.push({ fact, operator, value });
  if (m.status !== undefined) leaf("status", "is", list(m.status));
  for (const [name, v] of Object.entries(m.headers ?? {}))
    leaf("headers", "header", [name.toLowerCase(), v === true ? [] : list(v).map(String)]);
  for (const [path, v] of Object.entries(m.json ?? {}))
    leaf("json", "json", [path.toLowerCase(), v === true ? [] : list(v).map(String)]);
  if (m.phrase !== undefined)
    leaf(
      "phrases",
      "phrase",
      list(m.phrase).map((p) => p.toLowerCase()),
    );
  if (m.exception !== undefined) leaf("words", "word", list(m.exception));
  if (m.grpcStatus !== undefined) leaf("grpcStatus", "is", list(m.grpcStatus));
  if (m.errorCode !== undefined) leaf("codes", "has", list(m.errorCode));
  if (m.all) out.push({ all: m.all.map(node) });
  if (m.any) out.push({ any: m.any.map(node) });
  if (m.not) out.push({ not: node(m.not) });
  return out;
}

function node(m: MatchInput): RuleCondition {
  const all = leaves(m);
  return all.length === 1 && all[0] ? all[0] : { all };
}

/**
 * Compiles a validated signature to the rule json-rules-engine runs: `all`/`any`/`not`
 * conditions over the paste's facts with the custom operators of `operators.ts`.
 */
export function compileSignature(sig: Signature, provider?: string): CompiledSignature {
  const conditions = { all: leaves(sig.match) };
  const p = sig.provider ?? provider;
  return {
    id: sig.id,
    title: sig.title,
    ...(p ? { provider: p } : {}),
    references: sig.references,
    priority: sig.priority,
    weight: weightOf(conditions),
    yields: sig.yields,
    conditions,
  };
}

/** The compiled signatures of every well-formed file, in file order. */
export function compileAll(files: readonly ParsedSignatures[]): CompiledSignature[] {
  return files.flatMap((f) =>
    (f.data?.signatures ?? []).map((s) => compileSignature(s, f.data?.provider)),
  );
}
