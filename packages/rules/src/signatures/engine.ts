import { Engine, type RuleResult } from "json-rules-engine";
import type { RuleSignature } from "./compiled.ts";
import { operators } from "./operators.ts";
import type { PasteFacts } from "./paste-facts.ts";

// Signature rules never use JSONPath; this keeps jsonpath-plus from ever being called.
const noPaths = () => undefined;

/**
 * A json-rules-engine Engine holding every signature as a rule (its priority, its
 * `all`/`any`/`not` conditions, named by its position), with the custom operators.
 */
export function signatureEngine(signatures: readonly RuleSignature[]): Engine {
  const engine = new Engine([], { allowUndefinedFacts: true, pathResolver: noPaths });
  for (const [name, op] of Object.entries(operators)) engine.addOperator(name, op);
  // Rules are named by position (the shipped rules carry no id: ids load with the titles), so
  // two signatures that share an id (an error `kb check` reports) stay two rules.
  signatures.forEach((s, i) =>
    engine.addRule({
      name: String(i),
      priority: s.priority,
      conditions: s.conditions,
      event: { type: "signature" },
    }),
  );
  return engine;
}

/**
 * A rule's conditions as the engine returns them after a run: each test carries its `result`.
 * Every test of a signature is evaluated (its tests share one priority, so the engine runs them
 * together), which is what the evidence lines and the near misses read.
 */
export interface Judged {
  all?: Judged[];
  any?: Judged[];
  not?: Judged;
  fact?: string;
  operator?: string;
  value?: unknown;
  result?: boolean;
}

/** A signature and its judged conditions. */
export interface Verdict<S extends RuleSignature = RuleSignature> {
  signature: S;
  conditions: Judged;
}

/** Precedence: priority, then specificity (more tests), then file order (a stable sort). */
export function byPrecedence(a: RuleSignature, b: RuleSignature): number {
  return b.priority - a.priority || b.weight - a.weight;
}

/**
 * Runs the engine on a paste's facts: the signatures that match, best first, and those that
 * do not (for near misses), each with its judged conditions. One run at a time per engine:
 * json-rules-engine keeps its run status on the engine, and a run that finishes marks it
 * finished, which would make an overlapping run skip its remaining rules.
 */
export async function runSignatures<S extends RuleSignature>(
  engine: Engine,
  signatures: readonly S[],
  facts: PasteFacts,
): Promise<{ matched: Verdict<S>[]; missed: Verdict<S>[] }> {
  const run = queues.get(engine) ?? Promise.resolve();
  const done = run.then(() => engine.run({ ...facts }));
  queues.set(
    engine,
    done.then(
      () => undefined,
      () => undefined,
    ),
  );
  const { results, failureResults } = await done;
  const verdicts = (list: RuleResult[]) =>
    list.flatMap((r) => {
      const signature = signatures[Number(r.name)];
      return signature ? [{ signature, conditions: r.conditions as Judged }] : [];
    });
  return {
    matched: verdicts(results).sort((a, b) => byPrecedence(a.signature, b.signature)),
    missed: verdicts(failureResults),
  };
}

const queues = new WeakMap<Engine, Promise<void>>();
