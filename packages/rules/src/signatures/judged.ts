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

/** Where in the text a matched rule's tests held: the index of one line per test that held. */
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

/** The tests of a rule that held and the number it has, for near misses. */
export function nearness(c: Judged): { hit: number; of: number } {
  if (c.all || c.any) {
    const parts = (c.all ?? c.any ?? []).map(nearness);
    if (c.any) return parts.sort((a, b) => b.hit / b.of - a.hit / a.of)[0] ?? { hit: 0, of: 1 };
    return parts.reduce((s, p) => ({ hit: s.hit + p.hit, of: s.of + p.of }), { hit: 0, of: 0 });
  }
  // A bare status says little on its own; near misses need a word, a code or a header.
  if (c.not || c.fact === "status") return { hit: 0, of: 0 };
  return { hit: c.result === true ? 1 : 0, of: 1 };
}
