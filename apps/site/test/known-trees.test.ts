import { createTriage, ENTRY_TREE, type Tree } from "@kb/rules/runtime";
import { describe, expect, test } from "vitest";
import { handoffSources, loadLinkedTrees } from "../src/widget/known-trees.ts";
import { shareableUrl } from "../src/widget/state-param.ts";

/** A one-question tree whose "yes" hands off to `next` (when given) and "no" ends in a cause. */
function tree(id: string, next?: string): Tree {
  return {
    id,
    title: id,
    symptom: id,
    article: id,
    start: "q",
    questions: [
      {
        id: "q",
        type: "yesno",
        text: "?",
        yes: next ? { tree: next } : { cause: "c" },
        no: { cause: "c" },
      },
    ],
    causes: [
      {
        id: "c",
        title: "c",
        why: "w",
        confirm: "c",
        fix: ["f"],
        likelihood: "common",
        section: "a#b",
      },
    ],
    examples: [],
  };
}

/** A fetch of `/trees/<id>.json` that records what was asked for. */
function fetcher(trees: Tree[]) {
  const asked: string[] = [];
  const fetchTree = (id: string) => {
    asked.push(id);
    return Promise.resolve(trees.find((t) => t.id === id));
  };
  return { asked, fetchTree };
}

const link = (...ids: string[]) =>
  `1.${ids[0]}.abc.yes.${ids
    .slice(1)
    .map((id) => `_${id}`)
    .join(".yes.")}`;

describe("a ?triage= link loads only trees the site links to", () => {
  test("the page's tree hands off to the next, which hands off to the last: all three load, in order", async () => {
    const { asked, fetchTree } = fetcher([tree("b", "c"), tree("c")]);
    const triage = createTriage([tree("a", "b")]);
    await loadLinkedTrees(triage, link("a", "b", "c"), "a", fetchTree);
    expect(asked).toEqual(["b", "c"]);
  });

  test("a tree no loaded tree hands off to is never fetched", async () => {
    const { asked, fetchTree } = fetcher([tree("b"), tree("evil")]);
    const triage = createTriage([tree("a", "b")]);
    await loadLinkedTrees(triage, link("a", "evil"), "a", fetchTree);
    await loadLinkedTrees(triage, link("evil"), "a", fetchTree);
    expect(asked).toEqual([]);
  });

  test("the entry tree may start a link (a paste starts it on any page)", async () => {
    const { asked, fetchTree } = fetcher([tree(ENTRY_TREE)]);
    await loadLinkedTrees(createTriage([tree("a")]), link(ENTRY_TREE), "a", fetchTree);
    expect(asked).toEqual([ENTRY_TREE]);
  });

  test("a tree that hands off to the page's tree may start a link (its links lead here)", async () => {
    const { asked, fetchTree } = fetcher([tree("z", "a")]);
    const all = { z: tree("z", "a"), a: tree("a"), other: tree("other") };
    expect(handoffSources(all, "a")).toEqual(["z"]);
    await loadLinkedTrees(createTriage([tree("a")]), link("z", "a"), "a", fetchTree);
    expect(asked).toEqual([]);
    await loadLinkedTrees(createTriage([tree("a")]), link("z", "a"), "a", fetchTree, ["z"]);
    expect(asked).toEqual(["z"]);
  });

  test("more than 8 hand-offs fetch nothing at all", async () => {
    const chain = Array.from({ length: 10 }, (_, i) => tree(`t${i}`, `t${i + 1}`));
    const { asked, fetchTree } = fetcher(chain);
    const ids = chain.map((t) => t.id);
    await loadLinkedTrees(createTriage([]), link(...ids), "t0", fetchTree);
    expect(asked).toEqual([]);
  });
});

describe("the address that leaves the page keeps only the triage state", () => {
  test("other parameters and the fragment are dropped", () => {
    expect(
      shareableUrl("https://kb.example/a/?access_token=s3cr3t&triage=1.a.b.yes&x=1#id_token=t"),
    ).toBe("https://kb.example/a/?triage=1.a.b.yes");
    expect(shareableUrl("https://kb.example/a/?code=abc#frag")).toBe("https://kb.example/a/");
  });
});
