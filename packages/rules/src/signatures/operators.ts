/**
 * The custom operators signature rules use, registered on json-rules-engine with
 * `engine.addOperator` (see engine.ts). Every one is a literal comparison (case-insensitive but
 * for identifiers); phrases and names are searched for in the text beforehand, once per paste,
 * by `findNeedles` (incident/find-needles.ts): no regex ever comes from data.
 */
export type Operator = (fact: unknown, value: unknown) => boolean;

const list = (value: unknown): unknown[] => (Array.isArray(value) ? value : [value]);
const lower = (value: unknown): string => String(value).toLowerCase();

/** Values filed under a name (header or JSON path) match: present (no values), or equal one. */
function indexed(fact: unknown, value: unknown): boolean {
  if (typeof fact !== "object" || fact === null || !Array.isArray(value)) return false;
  const [name, wanted] = value as [string, unknown[]];
  // Own keys only: a header or JSON field named `constructor` must not reach the prototype.
  const got = Object.hasOwn(fact, name) ? (fact as Record<string, string[]>)[name] : undefined;
  if (!got) return false;
  if (wanted.length === 0) return true;
  return got.some((g) => wanted.some((w) => lower(w) === g.toLowerCase()));
}

export const operators: Record<string, Operator> = {
  /** The fact equals one of the values (case-insensitive). */
  is: (fact, value) => fact !== undefined && list(value).some((v) => lower(v) === lower(fact)),
  /** The fact, a list, holds one of the values (case-insensitive). */
  has: (fact, value) =>
    Array.isArray(fact) && list(value).some((v) => fact.some((f) => lower(f) === lower(v))),
  /** A header is present, or has one of the values. */
  header: indexed,
  /** A JSON field is present, or has one of the values. */
  json: indexed,
  /** The paste contains one of the (lower-cased) phrases: the fact is those it contains. */
  phrase: (fact, value) => fact instanceof Set && list(value).some((p) => fact.has(String(p))),
  /** The paste names one of the identifiers (exception or class names), case-sensitive. */
  word: (fact, value) => fact instanceof Set && list(value).some((n) => fact.has(String(n))),
};
