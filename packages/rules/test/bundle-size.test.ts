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
  // or a near miss is shown. Measured with 358 signatures, each part bundled alone: the reader
  // (extraction and redaction) ~15.3 KB, of which redaction ~5.4 KB; the compact rules ~15.6 KB
  // (their phrases, names and codes are most of it; gzip already finds the repeats); matching
  // ~1.5 KB. Each new signature adds ~40 bytes. Issue #13 asks for 15 KB: the reader alone is
  // about that. Loading the rules lazily does not get there either: a prototype that split them
  // by signature file, each file loaded when the paste holds one of its keys, selected a median
  // of 24 of 102 files for the corpus's 829 pastes (10 KB of rules, smaller files compress
  // worse) plus a 2.3 KB key index, no less than shipping them all.
  test(`the paste reader with the error signatures, loaded on first paste: at most ${INCIDENT_BUDGET} bytes gzip`, async () => {
    const { gzip, lazy } = await bundleSize("incident");
    expect(gzip, `${gzip} bytes gzip`).toBeLessThanOrEqual(INCIDENT_BUDGET);
    // The titles and links stay out of the first chunk.
    expect(lazy.gzip, `${lazy.gzip} bytes gzip loaded when a match is shown`).toBeGreaterThan(4096);
  });
});
