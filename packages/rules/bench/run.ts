// pnpm --filter @kb/rules bench: the widget's bundle from @kb/rules and the time of one step
// (answer → next state) on a generated 150-question tree. Figures, not tests: timings vary by
// machine. The byte budget is also enforced by test/bundle-size.test.ts.
import os from "node:os";
import { createTriage, diagnose, parseTree, type Tree, type TriageState } from "../src/index.ts";
import { INCIDENT_BUDGET, bundleSize } from "./bundle.ts";

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
// A 10 KB paste diagnosed: read (redaction, extraction), every signature matched on
// json-rules-engine, and routed from the entry tree, as the widget and `kb diagnose` do. Budget 50 ms in the browser; Node is faster
// than a slow phone, so the figure here should sit far below it.
const stack = Array.from(
  { length: 60 },
  (_, i) => `    at handler${i} (/app/node_modules/@acme/sdk/dist/index.js:${100 + i}:21)`,
).join("\n");
const paste =
  `HTTP/2 403\ndate: Tue, 12 Mar 2024 10:15:32 GMT\ncontent-type: application/json\nx-ratelimit-limit: 5000\nx-ratelimit-remaining: 0\nx-github-request-id: C2A4:3B7F:1D2E3F4\n\n{"message":"API rate limit exceeded for user ID 1.","errors":[{"reason":"rateLimitExceeded","extensions":{"code":"THROTTLED"}}]}\nRequestError [HttpError]: API rate limit exceeded\n${stack}\n${'2024-03-12T10:15:32Z INFO worker polled queue {"depth": 12, "lag_ms": 340}\n'.repeat(120)}`.slice(
    0,
    10 * 1024,
  );
const trees = await Promise.all(
  ["integration-failing", "rate-limits", "authentication"].map(async (id) => {
    const { readFile } = await import("node:fs/promises");
    return parseTree(await readFile(new URL(`../trees/${id}.yaml`, import.meta.url), "utf8"), id)
      .tree;
  }),
);
const pasteTriage = createTriage(trees.filter((t): t is Tree => t !== undefined));
const pasteTimes: number[] = [];
for (let run = 0; run < 200; run++) {
  const t0 = performance.now();
  await diagnose(paste, pasteTriage);
  pasteTimes.push(performance.now() - t0);
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
  `@kb/rules paste reader with the error signatures (loaded on first paste, json-rules-engine excluded: the widget already has it): ${(incident.gzip / 1024).toFixed(1)} KB gzip — budget ${(INCIDENT_BUDGET / 1024).toFixed(1)} KB (issue #13 asks 15 KB); titles, links and routes loaded when a match or near miss is shown: ${(incident.lazy.gzip / 1024).toFixed(1)} KB gzip`,
);
console.log(
  `a ${(paste.length / 1024).toFixed(0)} KB paste diagnosed (read + signatures + entry triage): median ${median(pasteTimes).toFixed(2)} ms, p95 ${([...pasteTimes].sort((a, b) => a - b)[Math.floor(pasteTimes.length * 0.95)] ?? 0).toFixed(2)} ms over ${pasteTimes.length} runs — budget 50 ms`,
);
console.log(
  `one step on a 150-question tree: median ${(median(times) * 1000).toFixed(0)} µs, p95 ${(([...times].sort((a, b) => a - b)[Math.floor(times.length * 0.95)] ?? 0) * 1000).toFixed(0)} µs over ${times.length} steps — budget 1 ms median`,
);
