import { describe, expect, test } from "vitest";
import {
  createTriage,
  explain,
  formatReport,
  parseState,
  serializeState,
  validateTree,
} from "../src/index.ts";
import { sampleTree } from "./support/trees.ts";

const setup = () => createTriage([sampleTree()]);

describe("sessions", () => {
  test("start asks the start question and lists every cause, most likely first", async () => {
    const s = await setup().start("valid");
    expect(s.status).toBe("question");
    expect(s.question?.id).toBe("kind");
    expect(s.question?.options.map((o) => o.value)).toEqual(["auth", "limit", "other"]);
    // Likelihood first (common, sometimes, rare), then the fewest answers away.
    expect(s.candidates.map((c) => c.id)).toEqual([
      "expired",
      "elsewhere",
      "wrong-key",
      "quota",
      "burst",
    ]);
  });

  test("each answer narrows the candidates; the cause comes with its fix", async () => {
    const t = setup();
    const s1 = await t.answer(await t.start("valid"), "kind", "limit");
    expect(s1.candidates.map((c) => c.id)).toEqual(["quota", "burst"]);
    const s2 = await t.answer(s1, "wait", 120);
    expect(s2.status).toBe("cause");
    expect(s2.cause).toMatchObject({
      id: "quota",
      tree: "valid",
      fix: ["f"],
      section: "sample-article#quota",
    });
    expect(s2.candidates.map((c) => c.id)).toEqual(["burst", "expired", "elsewhere", "wrong-key"]);
  });

  test("the explanation comes from the engine's rule results", async () => {
    const t = setup();
    const s = await t.answer(await t.answer(await t.start("valid"), "kind", "limit"), "wait", 120);
    expect(explain(s)).toEqual([
      {
        question: "What fails?",
        answer: "Limits",
        source: "user",
        because: 'kind = "limit" (was "limit")',
        rule: "valid/kind=limit",
      },
      {
        question: "How long does Retry-After say?",
        answer: "120",
        source: "user",
        because: "wait ≥ 60 (was 120)",
        rule: "valid/wait=range-1",
      },
    ]);
  });

  test("back undoes an answer and restart starts over", async () => {
    const t = setup();
    const s0 = await t.start("valid");
    const s1 = await t.answer(s0, "kind", "auth");
    expect(t.back(s1)).toBe(s0);
    expect(t.back(s0)).toBe(s0);
    const again = await t.restart(await t.answer(s1, "token", "yes"));
    expect(again.steps).toEqual([]);
    expect(again.question?.id).toBe("kind");
  });

  test("a wrong question or value returns the state with a typed error instead of throwing", async () => {
    const t = setup();
    const s0 = await t.start("valid");
    const wrongQuestion = await t.answer(s0, "token", "yes");
    expect(wrongQuestion.error?.id).toBe("answer-invalid");
    expect(wrongQuestion.question?.id).toBe("kind");
    expect((await t.answer(s0, "kind", "nope")).error?.id).toBe("answer-invalid");
    const atNumber = await t.answer(s0, "kind", "limit");
    expect((await t.answer(atNumber, "wait", Number.NaN)).error?.id).toBe("answer-invalid");
    expect((await t.answer(atNumber, "wait", "12")).cause?.id).toBe("burst");
  });

  test("known facts answer questions, and the session says which it used", async () => {
    const s = await setup().start("valid", { status: 429, retryAfter: 3600 });
    expect(s.cause?.id).toBe("quota");
    expect(s.steps.map((x) => [x.question, x.source, x.fact])).toEqual([
      ["kind", "incident", { name: "status", value: 429 }],
      ["wait", "incident", { name: "retryAfter", value: 3600 }],
    ]);
  });

  test("a fact no option matches leaves the question to the reader", async () => {
    const s = await setup().start("valid", { status: 500 });
    expect(s.question?.id).toBe("kind");
    expect(s.steps).toEqual([]);
  });

  test("a hand-off to a tree the session lacks stops with `handoff`, and resumes once it is added", async () => {
    const t = setup();
    const s = await t.answer(await t.start("valid"), "kind", "other");
    expect(s.status).toBe("handoff");
    expect(s.handoff).toEqual({ tree: "elsewhere" });
    const other = { ...sampleTree(), id: "elsewhere", title: "Elsewhere" };
    t.add(other);
    const resumed = await t.resume(s);
    expect(resumed.tree).toBe("elsewhere");
    expect(resumed.question?.id).toBe("kind");
  });

  test("the support report lists answers, cause, fix and alternatives", async () => {
    const t = setup();
    const s = await t.answer(
      await t.answer(await t.start("valid"), "kind", "auth"),
      "token",
      "yes",
    );
    const report = formatReport(s, { title: "Sample", url: "https://kb.example/x/?triage=1" });
    expect(report).toContain("- What fails? → Auth");
    expect(report).toContain("Likely cause: Expired");
    expect(report).toContain("  1. f");
    expect(report).toContain("If that is not it, check next:\n- Wrong key");
  });

  test("a hand-off candidate the session lacks is named and linked from the known summaries", async () => {
    const bare = await setup().start("valid");
    const before = bare.candidates.find((c) => c.kind === "tree");
    // Without summaries, the raw id and no article: what put `//` links on the home page.
    expect(before).toMatchObject({ title: "elsewhere", section: "" });
    const t = createTriage([sampleTree()], {
      known: { elsewhere: { title: "Somewhere else", article: "elsewhere-article" } },
    });
    const s = await t.start("valid");
    expect(s.candidates.find((c) => c.kind === "tree")).toMatchObject({
      id: "elsewhere",
      title: "Somewhere else",
      section: "elsewhere-article",
    });
    // A summary is not a tree: the hand-off still stops until the tree itself is added.
    expect(t.has("elsewhere")).toBe(false);
    expect((await t.answer(s, "kind", "other")).status).toBe("handoff");
  });

  test("questions carry their place in their own tree and about how many answers are left", async () => {
    const t = setup();
    const s0 = await t.start("valid");
    expect(s0.question).toMatchObject({ position: 1, remaining: 2 });
    const s1 = await t.answer(s0, "kind", "auth");
    expect(s1.question).toMatchObject({ position: 2, remaining: 1 });
    // After a hand-off the count starts again in the new tree.
    t.add({ ...sampleTree(), id: "elsewhere", title: "Elsewhere" });
    const handed = await t.answer(s0, "kind", "other");
    expect(handed.tree).toBe("elsewhere");
    expect(handed.steps).toHaveLength(1);
    expect(handed.question).toMatchObject({ position: 1 });
  });

  test('"I don\'t know" leads to its next question, is kept in the path, and is not an answer button', async () => {
    const tree = sampleTree();
    const withUnsure = {
      ...tree,
      questions: tree.questions.map((q) =>
        q.id === "wait"
          ? { ...q, unsure: { next: "token" } }
          : q.id === "token"
            ? { ...q, unsure: {} }
            : q,
      ),
    };
    const t = createTriage([withUnsure]);
    const atWait = await t.answer(await t.start("valid"), "kind", "limit");
    expect(atWait.question?.unsure).toEqual({ label: "I don't know", leads: true });
    expect(atWait.question?.options.map((o) => o.value)).toEqual(["range-0", "range-1"]);
    // Not knowing keeps the causes that only the other answers reached in play.
    const next = await t.answer(atWait, "wait", "unsure");
    expect(next.question?.id).toBe("token");
    expect(next.steps.at(-1)).toMatchObject({ answer: "unsure", answerLabel: "I don't know" });
    // Without `next`, it only shows the candidates: no answer value is accepted for it.
    expect(next.question?.unsure).toEqual({ label: "I don't know", leads: false });
    expect((await t.answer(next, "token", "unsure")).error?.id).toBe("answer-invalid");
    // A saved link replays it.
    const saved = serializeState(t, next);
    expect(saved).toMatch(/\.limit\.unsure$/);
    const parsed = await parseState(t, saved, "valid");
    expect(parsed.ok && parsed.state.question?.id).toBe("token");
  });

  test("an option valued `unsure` cannot sit beside an `unsure:` that leads on", () => {
    const tree = sampleTree();
    const clash = {
      ...tree,
      questions: tree.questions.map((q) =>
        q.type === "choice"
          ? {
              ...q,
              unsure: { next: "token" },
              options: q.options.map((o, i) => (i === 0 ? { ...o, value: "unsure" } : o)),
            }
          : q,
      ),
    };
    const problems = validateTree(clash).filter((p) => p.id === "tree-ambiguous-answer");
    expect(problems.map((p) => p.path)).toContainEqual(["questions", 0, "options", 0, "value"]);
  });

  test("an unknown start tree gives a typed error", async () => {
    expect((await setup().start("missing")).error?.id).toBe("state-unknown-tree");
  });
});
