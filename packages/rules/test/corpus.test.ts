import { readdirSync, readFileSync } from "node:fs";
import { parse } from "yaml";
import { describe, expect, test } from "vitest";
import { createTriage, parseTree, type Tree } from "../src/index.ts";
import { diagnose, type Diagnosis } from "../src/session/diagnose.ts";
import { treesDir } from "./support/trees.ts";

/**
 * Runs the corpus of real outputs (fixtures/corpus/*.yaml, format in corpus-format.test.ts):
 * each sample is read by parseIncident and routed from the entry tree by auto-answering, as a
 * reader pasting it would be. Prints accuracy per source; fails below 95 % for trees and 85 %
 * for causes, and when a sample's planted secret appears in any output.
 */
interface Sample {
  id: string;
  expect: { tree: string; cause?: string };
  secret: string;
  text: string;
}

const corpusDir = new URL("fixtures/corpus/", import.meta.url);
const files = readdirSync(corpusDir).filter((f) => f.endsWith(".yaml"));
const corpus = files.map(
  (f) =>
    parse(readFileSync(new URL(f, corpusDir), "utf8")) as {
      source: string;
      measuredOnly?: boolean;
      samples: Sample[];
    },
);
/** Sources of fresh held-out sets (`measuredOnly: true`): printed apart, not gated. */
const measuredOnly = new Set(corpus.filter((f) => f.measuredOnly).map((f) => f.source));
const trees: Tree[] = readdirSync(treesDir)
  .filter((f) => f.endsWith(".yaml"))
  .flatMap((f) => parseTree(readFileSync(new URL(f, treesDir), "utf8"), f).tree ?? []);
const triage = createTriage(trees);

interface Outcome {
  source: string;
  sample: Sample;
  result: Diagnosis;
  treeOk: boolean;
  causeOk?: boolean;
}
const outcomes: Outcome[] = [];

function describeMiss(o: Outcome): string {
  const { incident, state } = o.result;
  const got = state.cause ? `${state.tree}/${state.cause.id}` : `${state.tree} (${state.status})`;
  const sig = incident.signatures[0]?.id ?? "no signature";
  return `  ${o.sample.id}: expected ${o.sample.expect.tree}${o.sample.expect.cause ? `/${o.sample.expect.cause}` : ""}, got ${got} via ${o.result.trees.join(" > ")}; ${sig}; facts ${JSON.stringify(incident.facts)}`;
}

/** One line of the accuracy table. */
interface Row {
  n: number;
  trees: number;
  causes: number;
  withCause: number;
}

const pct = (n: number, d: number) => (d === 0 ? "—" : `${((100 * n) / d).toFixed(0)} %`);

describe("the corpus of real outputs", () => {
  for (const { source, samples } of corpus) {
    test.each(samples.map((s) => [s.id, s] as const))(`${source}: %s`, async (_id, sample) => {
      const result = await diagnose(sample.text, triage);
      const treeOk = result.trees.includes(sample.expect.tree);
      const causeOk = sample.expect.cause
        ? treeOk &&
          result.state.status === "cause" &&
          result.state.cause?.id === sample.expect.cause
        : undefined;
      outcomes.push({
        source,
        sample,
        result,
        treeOk,
        ...(causeOk === undefined ? {} : { causeOk }),
      });
      // The planted secret must appear nowhere a reader or a log could see.
      const outputs = {
        text: result.incident.text,
        facts: result.incident.facts,
        evidence: result.incident.evidence,
        signatures: result.incident.signatures,
        requestIds: result.incident.requestIds,
        state: result.state,
      };
      const leaks = Object.entries(outputs)
        .filter(([, value]) => JSON.stringify(value).includes(sample.secret))
        .map(([field]) => field);
      expect(leaks, `${sample.id} leaks its secret in`).toEqual([]);
    });
  }

  test("reaches the expected tree for at least 95 % and cause for 85 %", () => {
    // Runs after the samples above: vitest runs a file's tests in order.
    const rows = new Map<string, Row>();
    for (const o of outcomes) {
      const row = rows.get(o.source) ?? { n: 0, trees: 0, causes: 0, withCause: 0 };
      row.n++;
      if (o.treeOk) row.trees++;
      if (o.causeOk !== undefined) {
        row.withCause++;
        if (o.causeOk) row.causes++;
      }
      rows.set(o.source, row);
    }
    const sum = (list: Row[]) =>
      list.reduce(
        (t, r) => ({
          n: t.n + r.n,
          trees: t.trees + r.trees,
          causes: t.causes + r.causes,
          withCause: t.withCause + r.withCause,
        }),
        { n: 0, trees: 0, causes: 0, withCause: 0 },
      );
    const gatedRows = [...rows.entries()].filter(([name]) => !measuredOnly.has(name));
    const heldRows = [...rows.entries()].filter(([name]) => measuredOnly.has(name));
    const total = sum(gatedRows.map(([, r]) => r));
    const line = (name: string, r: typeof total) =>
      `${name.padEnd(20)} ${String(r.n).padStart(4)}  trees ${pct(r.trees, r.n).padStart(5)}  causes ${pct(r.causes, r.withCause).padStart(5)} (${r.withCause})`;
    const missed = outcomes.filter((o) => !o.treeOk || o.causeOk === false);
    // A held-out set's misses stay out of sight until its figures are recorded: whoever works on
    // signatures while it is being written must not tune on it (README, "Held-out sets").
    const showHeld = process.env.KB_HELDOUT_MISSES === "1";
    const misses = missed.filter((o) => showHeld || !measuredOnly.has(o.source));
    const hidden = missed.length - misses.length;
    console.log(
      [
        "Corpus accuracy (source, samples, tree reached, cause reached of samples that decide one):",
        ...gatedRows.sort().map(([name, r]) => line(name, r)),
        line("overall", total),
        ...(heldRows.length > 0
          ? [
              "Fresh held-out sets (measured only, not gated):",
              ...heldRows.sort().map(([name, r]) => line(name, r)),
              line("held-out overall", sum(heldRows.map(([, r]) => r))),
            ]
          : []),
        ...(misses.length > 0 ? ["Misses:", ...misses.map(describeMiss)] : []),
        ...(hidden > 0
          ? [
              `${hidden} held-out misses not shown; once the figures above are recorded, KB_HELDOUT_MISSES=1 shows them.`,
            ]
          : []),
      ].join("\n"),
    );
    const gated = outcomes.filter((o) => !measuredOnly.has(o.source));
    const n = gated.length;
    const trees = gated.filter((o) => o.treeOk).length;
    const decided = gated.filter((o) => o.causeOk !== undefined);
    const causes = decided.filter((o) => o.causeOk).length;
    expect(n).toBeGreaterThan(0);
    expect(trees / n, `${trees}/${n} trees`).toBeGreaterThanOrEqual(0.95);
    if (decided.length > 0)
      expect(causes / decided.length, `${causes}/${decided.length} causes`).toBeGreaterThanOrEqual(
        0.85,
      );
  });
});
