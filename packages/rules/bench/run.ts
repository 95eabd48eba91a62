// pnpm --filter @kb/rules bench: the widget's bundle from @kb/rules and the time of one step
// (answer → next state) on a generated 150-question tree. Figures, not tests: timings vary by
// machine. The byte budget is also enforced by test/bundle-size.test.ts.
import os from "node:os";
import { createTriage, type Tree, type TriageState } from "../src/index.ts";
import { bundleSize } from "./bundle.ts";

/** A balanced tree of yes/no and choice questions: every question leads to later ones or causes. */
function generatedTree(questions: number): Tree {
  const causes = Array.from({ length: 40 }, (_, i) => ({
    id: `c${i}`,
    title: `Cause ${i}`,
    why: "w",
    confirm: "c",
    fix: ["f"],
    likelihood: "sometimes" as const,
    section: `gen#c${i}`,
  }));
  const target = (i: number, k: number) => {
    const child = 2 * i + 1 + k;
    return child < questions ? { next: `q${child}` } : { cause: `c${(i + k) % 40}` };
  };
  return {
    id: "gen",
    title: "Generated",
    symptom: "s",
    article: "gen",
    start: "q0",
    questions: Array.from({ length: questions }, (_, i) =>
      i % 2 === 0
        ? {
            id: `q${i}`,
            text: `Q${i}?`,
            type: "yesno" as const,
            yes: target(i, 0),
            no: target(i, 1),
          }
        : {
            id: `q${i}`,
            text: `Q${i}?`,
            type: "choice" as const,
            options: [
              { value: "a", label: "A", ...target(i, 0) },
              { value: "b", label: "B", ...target(i, 1) },
            ],
          },
    ),
    causes,
    examples: [{ name: "x", answers: {}, cause: "c0" }],
  };
}

const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] ?? 0;

const tree = generatedTree(150);
const triage = createTriage([tree]);
const times: number[] = [];
for (let run = 0; run < 400; run++) {
  let state: TriageState = await triage.start("gen");
  while (state.status === "question" && state.question) {
    const q = state.question;
    const value = q.options[(run + state.steps.length) % q.options.length]?.value ?? "";
    const t0 = performance.now();
    state = await triage.answer(state, q.id, value);
    times.push(performance.now() - t0);
  }
}
const runtime = await bundleSize("runtime");
const incident = await bundleSize("incident");
console.log(
  `machine: ${os.cpus().length} cores, ${Math.round(os.totalmem() / 2 ** 30)} GiB, Node ${process.version}`,
);
console.log(
  `@kb/rules widget bundle (runtime, engine included): ${(runtime.gzip / 1024).toFixed(1)} KB gzip (${(runtime.bytes / 1024).toFixed(1)} KB min) — budget 20 KB`,
);
console.log(
  `@kb/rules paste reader (loaded on first paste): ${(incident.gzip / 1024).toFixed(1)} KB gzip`,
);
console.log(
  `one step on a 150-question tree: median ${(median(times) * 1000).toFixed(0)} µs, p95 ${(([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0) * 1000).toFixed(0)} µs over ${times.length} steps — budget 1 ms median`,
);
