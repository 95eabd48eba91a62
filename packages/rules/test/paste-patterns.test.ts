import { check, type Diagnostics } from "recheck";
import { describe, expect, test } from "vitest";
import { pastePatterns } from "../src/incident/paste-patterns.ts";
import { parseIncident, redact } from "../src/incident.ts";
import {
  ADVERSARIAL_SIZE,
  adversarialPastes,
  fill,
  medianMs,
  scan,
} from "./support/adversarial.ts";

// The one timing issue #12 mandates: each 256 KB paste is read within 100 ms in Node. The
// median of three runs absorbs a loaded two-core machine.
const BUDGET_MS = 100;

const entries = Object.entries(pastePatterns);

/** recheck's attack string for a vulnerable pattern, its pumps repeated to 256 KB. */
function scaledAttack(d: Diagnostics): string | undefined {
  if (d.status !== "vulnerable") return undefined;
  const { pumps, suffix } = d.attack;
  const fixed = pumps.reduce((n, p) => n + p.prefix.length, suffix.length);
  const pumped = pumps.reduce((n, p) => n + p.pump.length, 0) || 1;
  const times = Math.ceil((ADVERSARIAL_SIZE - fixed) / pumped);
  return pumps.map((p) => p.prefix + p.pump.repeat(times)).join("") + suffix;
}

const diagnostics = new Map<string, Diagnostics>();

describe("every pattern run over pasted text is linear (recheck)", () => {
  test("the registry lists the patterns of every module that reads a paste", () => {
    const names = entries.map(([name]) => name.split(".")[0]);
    for (const module of ["redact", "rate-limit", "incident", "json-body", "signals"])
      expect(names).toContain(module);
  });

  test.each(entries)(
    "%s is safe",
    async (name, pattern) => {
      const d = await check(pattern.source, pattern.flags, { timeout: 30_000, randomSeed: 1 });
      diagnostics.set(name, d);
      const detail =
        d.status === "vulnerable"
          ? `${d.complexity.summary}, attack ${d.attack.pattern}`
          : d.status === "unknown"
            ? d.error.kind
            : "";
      expect(d.status, `${name} /${pattern.source}/${pattern.flags}: ${detail}`).toBe("safe");
    },
    60_000,
  );
});

describe("256 KB adversarial pastes are read within 100 ms", () => {
  const pastes = Object.entries(adversarialPastes);

  test("the pastes are full size", () => {
    for (const [name, text] of pastes) expect(text.length, name).toBe(ADVERSARIAL_SIZE);
  });

  test.each(entries)(
    "%s on every paste",
    (name, pattern) => {
      const attack = diagnostics.get(name);
      const extra = attack ? scaledAttack(attack) : undefined;
      for (const [input, text] of [...pastes, ...(extra ? [["recheck attack", extra]] : [])]) {
        const ms = medianMs(() => scan(pattern, text as string));
        expect(ms, `${name} on "${input}": ${ms.toFixed(1)} ms`).toBeLessThan(BUDGET_MS);
      }
    },
    60_000,
  );

  test.each(pastes)("redact on %s", (_name, text) => {
    const ms = medianMs(() => redact(text));
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(BUDGET_MS);
  });

  test.each(pastes)("parseIncident on %s", (_name, text) => {
    const ms = medianMs(() => parseIncident(text));
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(BUDGET_MS);
  });

  test("a paste over the limit is cut, not read whole", () => {
    const text = fill("Bearer ", "", 4 * ADVERSARIAL_SIZE);
    const ms = medianMs(() => parseIncident(text));
    expect(parseIncident(text).truncated).toBe(true);
    expect(ms, `${ms.toFixed(1)} ms`).toBeLessThan(BUDGET_MS);
  });
});
