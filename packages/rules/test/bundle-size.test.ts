import { describe, expect, test } from "vitest";
import { INCIDENT_BUDGET, bundleSize } from "../bench/bundle.ts";

// Deterministic byte budgets (the same source always bundles to the same size).
describe("what the widget loads from @kb/rules stays small", () => {
  test("sessions, saved states and the engine: at most 20 KB gzip", async () => {
    const { gzip } = await bundleSize("runtime");
    expect(gzip, `${gzip} bytes gzip`).toBeLessThanOrEqual(20 * 1024);
  });

  // What a first paste loads: parseIncident (extraction and redaction, in the widget's worker)
  // and matchIncident with the compact rules (on the page). json-rules-engine is left out of
  // this measure (bench/bundle.ts marks it external): the widget's main chunk already holds it
  // for tree sessions. What names a match (ids, titles, docs links, evidence lines, candidate
  // routes: src/incident/show-matches.ts and generated-titles.ts) loads apart, only when a match
  // or a near miss is shown (13.8 KB). Measured with 260 signatures, each part taken out of the
  // bundle in turn: the compact rules ~10.6 KB (their phrases, names and codes are most of it: a
  // string or tuple encoding saves ~110 bytes, gzip already finds the repeats), redaction
  // ~4.5 KB, extraction ~7.3 KB (its status, network and TLS patterns ~2.2 KB), matching
  // ~1.5 KB: 24,710 bytes, from 27,127 for the same signatures before ids and the match view
  // moved to the lazy chunk and the pattern registry left the bundle. Issue #13 asks for 15 KB:
  // that means dropping ~10 KB of rules, or of what redaction and extraction recognise. Each
  // new signature adds ~40 bytes.
  test(`the paste reader with the error signatures, loaded on first paste: at most ${INCIDENT_BUDGET} bytes gzip`, async () => {
    const { gzip, lazy } = await bundleSize("incident");
    expect(gzip, `${gzip} bytes gzip`).toBeLessThanOrEqual(INCIDENT_BUDGET);
    // The titles and links stay out of the first chunk.
    expect(lazy.gzip, `${lazy.gzip} bytes gzip loaded when a match is shown`).toBeGreaterThan(4096);
  });
});
