import fc from "fast-check";
import type { Tree } from "../../src/index.ts";

type Target = { next: string } | { cause: string };

/**
 * Random valid trees: questions form a DAG (a question only leads to later ones or to a
 * cause), with every question type, so any answer sequence ends at a cause.
 */
export const treeArbitrary: fc.Arbitrary<Tree> = fc
  .record({
    questions: fc.array(
      fc.record({
        type: fc.constantFrom("choice", "yesno", "number"),
        width: fc.integer({ min: 2, max: 4 }),
        picks: fc.array(fc.nat(), { minLength: 4, maxLength: 4 }),
        cuts: fc.uniqueArray(fc.integer({ min: -50, max: 500 }), { minLength: 3, maxLength: 3 }),
      }),
      { minLength: 1, maxLength: 12 },
    ),
    causes: fc.integer({ min: 1, max: 6 }),
  })
  .map(({ questions, causes }) => {
    const n = questions.length;
    const target = (i: number, pick: number): Target => {
      const later = n - i - 1;
      const choice = pick % (later + causes);
      return choice < later ? { next: `q${i + 1 + choice}` } : { cause: `c${choice - later}` };
    };
    const tree: Tree = {
      id: "gen",
      title: "Generated",
      symptom: "generated",
      article: "gen",
      start: "q0",
      questions: questions.map((q, i) => {
        const base = { id: `q${i}`, text: `Question ${i}?` };
        if (q.type === "yesno")
          return {
            ...base,
            type: "yesno" as const,
            yes: target(i, q.picks[0] ?? 0),
            no: target(i, q.picks[1] ?? 1),
          };
        if (q.type === "number") {
          const cuts = [...q.cuts].sort((a, b) => a - b).slice(0, q.width - 1);
          const ranges = [...cuts, undefined].map((max, k) => ({
            ...(k > 0 ? { min: cuts[k - 1] } : {}),
            ...(max !== undefined ? { max } : {}),
            label: `range ${k}`,
            ...target(i, q.picks[k] ?? k),
          }));
          return { ...base, type: "number" as const, ranges };
        }
        const options = Array.from({ length: q.width }, (_, k) => ({
          value: `o${k}`,
          label: `Option ${k}`,
          ...target(i, q.picks[k] ?? k),
        }));
        return { ...base, type: "choice" as const, options };
      }),
      causes: Array.from({ length: causes }, (_, k) => ({
        id: `c${k}`,
        title: `Cause ${k}`,
        why: "w",
        confirm: "c",
        fix: ["f"],
        likelihood: (["common", "sometimes", "rare"] as const)[k % 3] ?? "sometimes",
        section: `gen#c${k}`,
      })),
      examples: [{ name: "placeholder", answers: {}, cause: "c0" }],
    };
    return tree;
  });

/** A sequence of answer picks; each is mapped onto whatever question is current. */
export const picksArbitrary = fc.array(
  fc.record({
    pick: fc.nat(),
    value: fc.double({ min: -100, max: 1000, noNaN: true }),
    back: fc.boolean(),
  }),
  {
    maxLength: 15,
  },
);
