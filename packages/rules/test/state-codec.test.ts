import { describe, expect, test } from "vitest";
import {
  createTriage,
  parseState,
  serializeState,
  serializeStateThrough,
  treesInState,
} from "../src/index.ts";
import { sampleTree } from "./support/trees.ts";

const setup = () => createTriage([sampleTree()]);

describe("saved states", () => {
  test("serialise to a short URL-safe string and back to the same point", async () => {
    const t = setup();
    const s = await t.answer(await t.answer(await t.start("valid"), "kind", "limit"), "wait", 12.5);
    const text = serializeState(t, s);
    expect(text).toMatch(/^1\.valid\.[a-z0-9]+\.limit\.12_5$/);
    expect(new URLSearchParams({ triage: text }).toString()).toBe(`triage=${text}`);
    const parsed = await parseState(t, text, "valid");
    expect(parsed.ok).toBe(true);
    expect(parsed.state.cause?.id).toBe("burst");
    expect(parsed.state.steps.map((x) => x.answer)).toEqual(["limit", 12.5]);
  });

  test("answers from a pasted error keep their origin", async () => {
    const t = setup();
    const s = await t.start("valid", { status: 401 });
    const text = serializeState(t, s);
    expect(text.endsWith(".*auth")).toBe(true);
    const parsed = await parseState(t, text, "valid");
    expect(parsed.state.steps[0]?.source).toBe("incident");
    expect(parsed.state.question?.id).toBe("token");
  });

  test("a link one answer ahead opens on the other tree, as answering there would", async () => {
    const t = setup();
    t.add({ ...sampleTree(), id: "elsewhere" });
    const start = await t.start("valid");
    const ahead = serializeStateThrough(t, start, "other", "elsewhere");
    expect(ahead).toBe(serializeState(t, await t.answer(start, "kind", "other")));
    expect(treesInState(ahead)).toEqual(["valid", "elsewhere"]);
    const parsed = await parseState(t, ahead, "elsewhere");
    expect(parsed.ok).toBe(true);
    expect(parsed.state.tree).toBe("elsewhere");
  });

  test("hand-offs are marked so a reader knows which trees to load", async () => {
    const t = setup();
    t.add({ ...sampleTree(), id: "elsewhere" });
    const s = await t.answer(
      await t.answer(await t.start("valid"), "kind", "other"),
      "kind",
      "auth",
    );
    const text = serializeState(t, s);
    expect(text).toMatch(/\.other\._elsewhere\.auth$/);
    expect(treesInState(text)).toEqual(["valid", "elsewhere"]);
    expect((await parseState(t, text, "valid")).state.question?.id).toBe("token");
  });

  test.each([
    ["garbage", "%%%not a state"],
    ["wrong version", "9.valid.abc.auth"],
    ["truncated", "1.valid"],
    ["an answer that is not an option", null],
    ["too long", `1.valid.x.${"a.".repeat(3000)}`],
  ])("%s gives a typed error and a fresh session, never an exception", async (_name, text) => {
    const t = setup();
    const input = text ?? `1.valid.${t.compiled("valid")?.hash}.auth.maybe`;
    const parsed = await parseState(t, input, "valid");
    expect(parsed.ok).toBe(false);
    if (!parsed.ok) expect(parsed.error.id).toBe("state-malformed");
    expect(parsed.state.steps).toEqual([]);
    expect(parsed.state.question?.id).toBe("kind");
  });

  test("a link from an older version of the tree is reported as stale", async () => {
    const parsed = await parseState(setup(), "1.valid.oldhash.auth.removed-answer", "valid");
    expect(parsed.ok ? "ok" : parsed.error.id).toBe("state-stale");
  });

  test("an edited tree still opens old links whose answers still fit", async () => {
    const parsed = await parseState(setup(), "1.valid.oldhash.auth.yes", "valid");
    expect(parsed.ok).toBe(true);
    expect(parsed.state.cause?.id).toBe("expired");
  });

  test("an unknown tree falls back to the page's tree", async () => {
    const parsed = await parseState(setup(), "1.nope.abc.auth", "valid");
    expect(parsed.ok ? "ok" : parsed.error.id).toBe("state-unknown-tree");
    expect(parsed.state.startTree).toBe("valid");
  });

  test("non-string input is refused without throwing", async () => {
    for (const input of [undefined, null, 42, {}, ["1.valid"]]) {
      expect((await parseState(setup(), input, "valid")).ok).toBe(false);
    }
  });
});
