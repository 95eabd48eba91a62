import { describe, expect, test } from "vitest";
import { layoutTree, wrap } from "../src/lib/tree-diagram.ts";
import { siteTrees } from "./support/trees.ts";

describe("the tree diagram's layout", () => {
  test("wraps labels at spaces and cuts only what goes past the last line", () => {
    expect(wrap("How many seconds until the quota resets?", 16, 4)).toEqual([
      "How many seconds",
      "until the quota",
      "resets?",
    ]);
    expect(wrap("one two three four", 3, 2)).toEqual(["one", "two…"]);
    expect(wrap("Use `curl -i` first", 40, 1)).toEqual(["Use curl -i first"]);
  });

  test("every tree starts at its first question, on the left, with labels mostly whole", () => {
    for (const tree of siteTrees()) {
      const d = layoutTree(tree, () => "Another tree");
      const root = d.nodes.find((n) => n.id === `question:${tree.start}`);
      // Laid out left to right: the first question is the leftmost box, in view at scroll 0.
      expect(root && root.x - root.width / 2, tree.id).toBeLessThanOrEqual(
        Math.min(...d.nodes.map((n) => n.x - n.width / 2)),
      );
      const cut = d.nodes.filter((n) => n.lines.at(-1)?.endsWith("…"));
      expect(cut.length, `${tree.id}: ${cut.map((n) => n.full).join(" | ")}`).toBeLessThanOrEqual(
        1,
      );
      // Every box is addressable: the widget marks the path by these ids.
      expect(d.nodes.filter((n) => n.kind === "question")).toHaveLength(tree.questions.length);
    }
  });
});
