import { describe, expect, test } from "vitest";
import { createTriage, explain, formatReport } from "../src/index.ts";
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

  test("an unknown start tree gives a typed error", async () => {
    expect((await setup().start("missing")).error?.id).toBe("state-unknown-tree");
  });
});
