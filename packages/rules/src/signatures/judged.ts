import type { Judged } from "./engine.ts";

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
