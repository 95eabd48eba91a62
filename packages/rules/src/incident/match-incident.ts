import type { Engine } from "json-rules-engine";
import { compiledSignatures } from "../signatures/generated.ts";
import type { RuleSignature } from "../signatures/compiled.ts";
import { runSignatures, signatureEngine, type Verdict } from "../signatures/engine.ts";
import { nearness } from "../signatures/judged.ts";
import type { PasteFacts } from "../signatures/paste-facts.ts";
import type { IncidentFacts } from "./facts.ts";
import { needlesOf } from "../signatures/needles.ts";
import { findNeedles, type Needles } from "./find-needles.ts";
import { lineAt } from "./line-at.ts";
import type { Evidence, ParsedPaste } from "./parse-incident.ts";

/** An error signature the paste matched, as readers see it. */
export interface SignatureMatch {
  id: string;
  title: string;
  provider?: string;
  condition?: string;
  /** The provider's (or standard's) documentation of this error. */
  references: string[];
  /** The (redacted) lines of the paste that made it match. */
  evidence: string[];
}

/** A tree the paste comes close to, when no signature matched. */
export interface Candidate {
  tree: string;
  title: string;
}

/** A paste read and recognised: what `diagnoseText` returns. No field holds a paste's secret. */
export interface Incident extends Omit<ParsedPaste, "signals"> {
  /** The error signatures the paste matches, best first (see packages/rules/signatures/). */
  signatures: SignatureMatch[];
  /** When no signature matched: the trees the paste comes closest to, closest first. */
  candidates: Candidate[];
}

/**
 * The facts json-rules-engine receives for a read paste: what `parseIncident` read, and which of
 * the `needles` the paste contains (found by the worker already, or searched for here).
 */
export function toPasteFacts(parsed: ParsedPaste, needles: Needles): PasteFacts {
  const { facts, signals, text } = parsed;
  const found = signals.found ?? findNeedles(text, needles);
  return {
    headers: signals.headers,
    json: signals.json,
    phrases: new Set(found.phrases),
    words: new Set(found.words),
    codes: signals.codes,
    ...(facts.status !== undefined ? { status: facts.status } : {}),
    ...(facts.grpcStatus ? { grpcStatus: facts.grpcStatus } : {}),
  };
}

/** Most signatures reported per paste. */
const SHOWN = 3;

// One engine for the shipped signatures, built on the first paste and kept.
let shipped: Engine | undefined;
let needles: Needles | undefined;

/**
 * Builds the engine that holds the shipped signatures, once (`matchIncident` does it on first
 * use). The widget calls it in a task of its own while its worker reads the paste, so that the
 * page never does both in one long task.
 */
export function prepareSignatures(): void {
  shippedEngine();
}

function shippedEngine(): Engine {
  shipped ??= signatureEngine(compiledSignatures);
  return shipped;
}

/**
 * The phrases and names the shipped signatures search a paste for: pass them to
 * `parseIncident` where it runs apart (the widget's worker) so that the search happens there.
 */
export function signatureNeedles(): Needles {
  needles ??= needlesOf(compiledSignatures);
  return needles;
}

// What names a match for readers (ids, titles, links, evidence lines, routes), loaded apart
// from the rules and only when there is a match or a near miss to show.
const shown = () => import("./show-matches.ts");

/** When nothing matched: the signatures that came closest, closest first. */
function nearMisses(missed: Verdict[]): RuleSignature[] {
  return missed
    .map((v) => ({ s: v.signature, p: nearness(v.conditions) }))
    .filter(({ p }) => p.hit > 0)
    .sort(
      (a, b) =>
        b.p.hit / b.p.of - a.p.hit / a.p.of ||
        b.s.priority - a.s.priority ||
        b.s.weight - a.s.weight,
    )
    .map(({ s }) => s);
}

/** The facts the best signature yields, merged into what the paste itself showed. */
function merge(parsed: ParsedPaste, top: RuleSignature | undefined, line: string) {
  const facts: IncidentFacts = { ...parsed.facts };
  const evidence: Evidence[] = [...parsed.evidence];
  const note = <K extends keyof IncidentFacts>(
    fact: K,
    value: IncidentFacts[K] & (string | number),
    at = line,
  ) => {
    facts[fact] = value;
    const entry = { fact, value, line: at };
    const i = evidence.findIndex((e) => e.fact === fact);
    if (i === -1) evidence.push(entry);
    else evidence[i] = entry;
  };
  if (!top) return { facts, evidence };
  const y = top.yields;
  if (y.errorCode) {
    // A code the paste prints is shown on its line; one the signature names (`endpoint-unreachable`)
    // on the line that made it match.
    const at = parsed.text.indexOf(y.errorCode);
    note("errorCode", y.errorCode, at === -1 ? line : lineAt(parsed.text, at));
  }
  note("condition", y.condition);
  if (top.provider) note("provider", top.provider);
  if (y.status !== undefined && facts.status === undefined) note("status", y.status);
  if (y.grpcStatus && !facts.grpcStatus) note("grpcStatus", y.grpcStatus);
  if (y.networkError && !facts.networkError && !facts.tlsError)
    note("networkError", y.networkError);
  return { facts, evidence };
}

/**
 * Matches the shipped error signatures against a read paste on json-rules-engine (one engine,
 * built on first use, with the custom operators and each signature's priority): the matches,
 * best first, with their evidence lines and docs links; the facts the best one yields
 * (`condition`, `errorCode`, `provider`…) merged into the paste's facts; and, when none
 * matched, the closest trees. `parsed` is plain data, so it may come from a Web Worker.
 */
export async function matchIncident(parsed: ParsedPaste): Promise<Incident> {
  const engine = shippedEngine();
  const pasteFacts = toPasteFacts(parsed, signatureNeedles());
  const { matched, missed } = await runSignatures(engine, compiledSignatures, pasteFacts);
  const near = matched.length === 0 ? nearMisses(missed) : [];
  const view = matched.length > 0 || near.length > 0 ? await shown() : undefined;
  const signatures =
    view?.describeMatches(matched.slice(0, SHOWN), parsed, compiledSignatures) ?? [];
  const { signals: _signals, ...read } = parsed;
  const top = matched[0]?.signature;
  const { facts, evidence } = merge(
    parsed,
    top,
    signatures[0]?.evidence[0] ?? lineAt(parsed.text, 0),
  );
  return {
    ...read,
    facts,
    evidence,
    signatures,
    candidates: view?.closestTrees(near) ?? [],
  };
}
