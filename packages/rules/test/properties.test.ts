import fc from "fast-check";
import { describe, expect, test } from "vitest";
import {
  createTriage,
  parseIncident,
  parseState,
  serializeState,
  validateTree,
  type TriageState,
} from "../src/index.ts";
import { picksArbitrary, treeArbitrary } from "./support/arbitraries.ts";
import { sampleTree } from "./support/trees.ts";

/** What a state looks like to a reader, without the `previous` chain. */
const view = (s: TriageState) => ({
  status: s.status,
  question: s.question?.id,
  cause: s.cause?.id,
  steps: s.steps.map((x) => [x.question, x.answer]),
});

describe("properties over generated trees and answer sequences", () => {
  test("generated trees are valid, so the properties below test real trees", () => {
    fc.assert(
      fc.property(treeArbitrary, (tree) => {
        const errors = validateTree(tree).filter(
          (p) => p.severity === "error" && p.id !== "tree-unreachable",
        );
        expect(errors).toEqual([]);
      }),
      { numRuns: 300 },
    );
  });

  test("nothing throws; every state has a question or a cause; back() undoes answer(); states round-trip", async () => {
    await fc.assert(
      fc.asyncProperty(treeArbitrary, picksArbitrary, async (tree, picks) => {
        const triage = createTriage([tree]);
        let state = await triage.start(tree.id);
        for (const { pick, value, back } of picks) {
          expect(state.status === "question" ? state.question : state.cause).toBeDefined();
          if (back) {
            state = triage.back(state);
            continue;
          }
          if (state.status !== "question" || !state.question) break;
          const q = state.question;
          const answer =
            q.type === "number"
              ? Math.round(value * 100) / 100
              : (q.options[pick % q.options.length]?.value ?? "");
          const next = await triage.answer(state, q.id, answer);
          expect(next.error).toBeUndefined();
          expect(view(triage.back(next))).toEqual(view(state));
          state = next;
        }
        const text = serializeState(triage, state);
        expect(text).toMatch(/^[A-Za-z0-9._*-]+$/);
        const parsed = await parseState(triage, text, tree.id);
        expect(parsed.ok).toBe(true);
        expect(view(parsed.state)).toEqual(view(state));
      }),
      { numRuns: 1000 },
    );
  });
});

describe("parseState never throws (10,000 cases)", () => {
  const triage = createTriage([sampleTree()]);
  const token = fc.oneof(
    fc.constantFrom("auth", "limit", "other", "yes", "no", "*auth", "_valid", "12_5", "-3"),
    fc.string({ maxLength: 8 }),
  );
  const stateLike = fc
    .tuple(
      fc.constantFrom("1", "2", ""),
      fc.constantFrom("valid", "nope", ""),
      fc.string({ maxLength: 8 }),
      fc.array(token, { maxLength: 8 }),
    )
    .map(([v, t, h, rest]) => [v, t, h, ...rest].join("."));

  test("garbage, truncated and tampered strings give a typed error and a usable fresh session", async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.oneof(fc.string(), fc.string({ unit: "binary" }), stateLike),
        async (text) => {
          const parsed = await parseState(triage, text, "valid");
          if (!parsed.ok) expect(parsed.error.id).toMatch(/^state-/);
          expect(
            parsed.state.status === "question" ||
              parsed.state.status === "cause" ||
              parsed.state.status === "handoff",
          ).toBe(true);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});

describe("parseIncident (10,000 cases)", () => {
  const secret = fc.stringMatching(/^[A-Za-z0-9]{12,24}$/).map((s) => `Zq${s}`);
  const context = fc.constantFrom(
    (s: string) => `Authorization: Bearer ${s}`,
    (s: string) => `> authorization: Basic ${s}`,
    (s: string) => `Cookie: sid=${s}`,
    (s: string) => `X-Api-Key: ${s}`,
    (s: string) => `{"access_token": "${s}"}`,
    (s: string) => `{"password":"${s}"}`,
    (s: string) => `GET /x?api_key=${s}&a=1`,
    (s: string) => `https://user:${s}@host.example/`,
    (s: string) => `curl -u me:${s} https://x`,
    (s: string) => `X-Hub-Signature-256: sha256=${s}`,
  );
  const noise = fc.oneof(
    fc.string({ maxLength: 200 }),
    fc.constantFrom(
      "HTTP/1.1 401 Unauthorized",
      "Retry-After: 30",
      "ECONNRESET",
      '{"error":"invalid_token"}',
      "\n",
      "\u0000\u0001",
    ),
  );

  test("never throws on any text, and never returns a planted secret", () => {
    fc.assert(
      fc.property(
        fc.array(noise, { maxLength: 6 }),
        secret,
        context,
        fc.array(noise, { maxLength: 6 }),
        (before, s, wrap, after) => {
          const text = [...before, wrap(s), ...after].join("\n");
          const incident = parseIncident(text);
          expect(JSON.stringify(incident)).not.toContain(s);
        },
      ),
      { numRuns: 10_000 },
    );
  });
});
