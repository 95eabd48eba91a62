import { conditionRoutes, signatureTitles } from "../signatures/generated-titles.ts";
import type { RuleSignature } from "../signatures/compiled.ts";
import type { Verdict } from "../signatures/engine.ts";
import { evidenceIndexes } from "../signatures/evidence-indexes.ts";
import { lineAt } from "./line-at.ts";
import type { Candidate, SignatureMatch } from "./match-incident.ts";
import type { ParsedPaste } from "./parse-incident.ts";

/*
 * What names a match for readers — ids, titles, docs links, evidence lines, and the trees near
 * misses route to — on its own chunk with generated-titles.ts: `matchIncident` decides the
 * condition and the facts without it, and imports it only when there is a match or a near miss
 * to show.
 */

/**
 * The matches as readers see them: ids, titles, docs links, and the lines that made them match.
 * `shipped` is the list the verdicts' signatures come from (titles are by position in it).
 */
export function describeMatches(
  verdicts: Verdict[],
  parsed: ParsedPaste,
  shipped: readonly RuleSignature[],
): SignatureMatch[] {
  const { text, signals } = parsed;
  const lower = text.toLowerCase();
  const at = (key: string): number | undefined => {
    if (key === "status") return signals.statusAt;
    if (key === "grpcStatus") return signals.grpcAt;
    if (key.startsWith("header:")) return signals.headerAt[key.slice(7)];
    const i = key.startsWith("find:") ? lower.indexOf(key.slice(5).toLowerCase()) : -1;
    return i === -1 ? undefined : i;
  };
  return verdicts.map(({ signature: s, conditions }) => {
    const n = shipped.indexOf(s);
    const id = signatureTitles.i[n] ?? String(n);
    const link = signatureTitles.r[n];
    const lines = new Set(evidenceIndexes(conditions, at).map((i) => lineAt(text, i)));
    return {
      id,
      title: signatureTitles.t[n] ?? id,
      ...(s.provider ? { provider: s.provider } : {}),
      condition: s.yields.condition,
      references: link ? [`https://${link}`] : [],
      evidence: [...lines].filter((l) => l !== "").slice(0, 4),
    };
  });
}

/** The trees the near misses (closest first) route to from the entry tree: at most three. */
export function closestTrees(near: readonly RuleSignature[]): Candidate[] {
  const candidates: Candidate[] = [];
  for (const s of near) {
    const route = conditionRoutes[s.yields.condition];
    if (route && !candidates.some((c) => c.tree === route.tree)) candidates.push(route);
    if (candidates.length === 3) break;
  }
  return candidates;
}
