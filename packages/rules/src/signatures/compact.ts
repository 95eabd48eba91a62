import type {
  CompiledSignature,
  LeafCondition,
  RuleCondition,
  RuleSignature,
  SignatureTitles,
  Yields,
} from "./compiled.ts";
import { weightOf } from "./weight.ts";

/**
 * The compact form the paste reader ships (src/signatures/generated.ts): a rule condition as a
 * nested array, `[op, ...values]`, and a signature as a tuple. It is expanded once, on load,
 * into json-rules-engine's `{ all | any | not | fact, operator, value }` shape; about half the
 * bytes of the plain JSON after gzip.
 */
export type CompactCondition = (string | number | CompactCondition)[];
/**
 * The shipped rules by column (providers together, priorities together…): gzip finds more
 * repeats in a column than across mixed records. The weight is recomputed on load. Ids, titles
 * and links are not here: they only name a match once one is shown (see {@link compactTitles}).
 */
export interface CompactSignatures {
  p: string[];
  /** Priority. */
  w: number[];
  /** Condition, then errorCode, status, grpcStatus, networkError ("" or 0 when absent). */
  y: (string | number)[][];
  c: CompactCondition[];
}

/** Leaf operators by one-letter code: fact, operator, and whether values are a `[name, values]` pair. */
const leaves: Record<string, [LeafCondition["fact"], string, boolean]> = {
  s: ["status", "is", false],
  h: ["headers", "header", true],
  j: ["json", "json", true],
  p: ["phrases", "phrase", false],
  w: ["words", "word", false],
  g: ["grpcStatus", "is", false],
  c: ["codes", "has", false],
};

/** Compacts a condition (build time). */
export function compactCondition(c: RuleCondition): CompactCondition {
  if ("all" in c) return ["&", ...c.all.map(compactCondition)];
  if ("any" in c) return ["|", ...c.any.map(compactCondition)];
  if ("not" in c) return ["!", compactCondition(c.not)];
  const code = Object.keys(leaves).find(
    (k) => leaves[k]?.[0] === c.fact && leaves[k][1] === c.operator,
  );
  if (!code) throw new Error(`No compact code for ${c.fact}/${c.operator}`);
  const value = c.value as unknown[];
  if (leaves[code]?.[2]) {
    const [name, values] = value as [string, (string | number)[]];
    return [code, name, ...values];
  }
  return [code, ...(value as (string | number)[])];
}

/** Expands a compact condition into json-rules-engine's shape (load time). */
export function expandCondition(c: CompactCondition): RuleCondition {
  const [op, ...rest] = c;
  if (op === "&") return { all: rest.map((x) => expandCondition(x as CompactCondition)) };
  if (op === "|") return { any: rest.map((x) => expandCondition(x as CompactCondition)) };
  if (op === "!") return { not: expandCondition(rest[0] as CompactCondition) };
  const [fact, operator, named] = leaves[String(op)] ?? ["words", "word", false];
  return { fact, operator, value: named ? [rest[0], rest.slice(1)] : rest };
}

/** Compacts the compiled signatures (build time). */
export function compactSignatures(list: readonly CompiledSignature[]): CompactSignatures {
  return {
    p: list.map((s) => s.provider ?? ""),
    w: list.map((s) => s.priority),
    y: list.map((s) => {
      const y = s.yields;
      const row = [
        y.condition,
        y.errorCode ?? "",
        y.status ?? 0,
        y.grpcStatus ?? "",
        y.networkError ?? "",
      ];
      while (row.length > 1 && !row[row.length - 1]) row.pop();
      return row;
    }),
    // A top-level `all` of one test ships as the test: expanding wraps it back (same weight).
    c: list.map((s) => {
      const c = s.conditions;
      return compactCondition("all" in c && c.all.length === 1 && c.all[0] ? c.all[0] : c);
    }),
  };
}

/**
 * What names a match for readers, by position (build time): ids, titles and links. Only the
 * first reference ships (the provider's page readers are sent to; the others stay in the YAML
 * for reviewers).
 */
export function compactTitles(list: readonly CompiledSignature[]): SignatureTitles {
  return {
    i: list.map((s) => s.id),
    t: list.map((s) => s.title),
    r: list.map((s) => (s.references[0] ?? "").replace(/^https:\/\//, "")),
  };
}

/** Expands the shipped rules (load time). */
export function expandSignatures(data: CompactSignatures): RuleSignature[] {
  return data.c.map((c, n) => {
    const expanded = expandCondition(c);
    const provider = data.p[n];
    const [condition, errorCode, status, grpcStatus, networkError] = data.y[n] ?? [];
    const yields = {
      condition: String(condition) as Yields["condition"],
      ...(errorCode ? { errorCode: String(errorCode) } : {}),
      ...(status ? { status: Number(status) } : {}),
      ...(grpcStatus ? { grpcStatus: String(grpcStatus) } : {}),
      ...(networkError ? { networkError: String(networkError) } : {}),
    };
    return {
      ...(provider ? { provider } : {}),
      priority: data.w[n] ?? 50,
      weight: weightOf(expanded),
      yields,
      conditions:
        "all" in expanded || "any" in expanded || "not" in expanded
          ? expanded
          : { all: [expanded] },
    };
  });
}
