import type { Judged } from "./engine.ts";

/** The text a test that held found, to point at its line: `status`, `header:<name>` or `find:<text>`. */
function needlesOf(c: Judged): string[] {
  const value = Array.isArray(c.value) ? (c.value as unknown[]) : [c.value];
  if (c.fact === "status" || c.fact === "grpcStatus") return [c.fact];
  if (c.fact === "headers") return [`header:${String(value[0])}`];
  if (c.fact === "json") {
    const wanted = Array.isArray(value[1]) ? (value[1] as unknown[]) : [];
    const key = String(value[0]).split(".").pop()?.replace("[]", "") ?? "";
    return (wanted.length > 0 ? wanted : [key]).map((v) => `find:${String(v)}`);
  }
  return value.map((v) => `find:${String(v)}`);
}

/**
 * Where in the text a matched rule's tests held: the index of one line per test that held. Only
 * used to show a match, so it loads with the titles (incident/show-matches.ts).
 */
export function evidenceIndexes(c: Judged, at: (key: string) => number | undefined): number[] {
  const parts = c.all ?? c.any;
  if (parts) return parts.flatMap((x) => (x.result === true ? evidenceIndexes(x, at) : []));
  if (c.not) return [];
  for (const key of needlesOf(c)) {
    const i = at(key);
    if (i !== undefined) return [i];
  }
  return [];
}
