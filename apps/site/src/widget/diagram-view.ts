import type { Diagram, DiagramNode } from "../lib/tree-diagram.ts";
import type { Builder } from "./dom.ts";

/** Line height of the diagram's text, in px (matches `LINE` in lib/tree-diagram.ts). */
const LINE = 15;

/** The anchor of a question or a cause in the tree's outline (TreeOutline, outline-view.ts). */
export const outlineId = (tree: string, node: string): string => {
  const [kind, id] = node.split(":");
  return `t-${tree}-${kind === "cause" ? "c" : "q"}-${id ?? ""}`;
};

const kinds: Record<DiagramNode["kind"], string> = {
  question: "Question",
  cause: "Cause",
  tree: "Continues in another tree",
};

/**
 * The tree as a diagram: boxes with wrapped labels, answers on the arrows. Each box is a link
 * to its entry in the outline below (or to the other tree's article), so it works without
 * scripts; the live widget marks the reader's path on it and turns the answered questions'
 * boxes into a way back. Built at build time (HTML) and in the browser after a hand-off.
 * `s` builds SVG elements, `h` HTML ones.
 */
export function diagramView<N>(
  h: Builder<N>,
  s: Builder<N>,
  d: Diagram,
  treeHref: (treeId: string) => string,
): N {
  const marker = `kb-arrow-${d.tree}`;
  const path = (points: { x: number; y: number }[]) =>
    points.map((p, i) => `${i === 0 ? "M" : "L"}${p.x},${p.y}`).join(" ");
  const text = (lines: string[], x: number, y: number, cls?: string) =>
    s(
      "text",
      {
        x: String(x),
        y: String(y - ((lines.length - 1) * LINE) / 2 + 4),
        "text-anchor": "middle",
        class: cls,
      },
      ...lines.map((line, i) =>
        s(
          "tspan",
          { x: String(x), dy: i === 0 ? "0" : String(LINE) },
          // A space between lines, so the text reads (and is named) as words, not "lineline".
          i < lines.length - 1 ? `${line} ` : line,
        ),
      ),
    );
  const nodes = d.nodes.map((n) => {
    const [kind = "", id = ""] = n.id.split(":");
    return s(
      "a",
      {
        href: kind === "tree" ? treeHref(id) : `#${outlineId(d.tree, n.id)}`,
        class: `kb-diagram__node kb-diagram__node--${n.kind}`,
        "data-node": n.id,
        "data-handoff": kind === "tree" ? id : undefined,
        // The name holds the visible text, lines joined by spaces as they are drawn (WCAG 2.5.3).
        "aria-label": `${kinds[n.kind]}: ${n.lines.join(" ")}${n.lines.at(-1)?.endsWith("…") ? ` (${n.full.replace(/`/g, "")})` : ""}`,
      },
      s("rect", {
        x: String(n.x - n.width / 2),
        y: String(n.y - n.height / 2),
        width: String(n.width),
        height: String(n.height),
        rx: n.kind === "question" ? "4" : "12",
      }),
      text(n.lines, n.x, n.y),
    );
  });
  return h(
    "details",
    { class: "kb-diagram", "data-pagefind-ignore": "", "data-diagram": d.tree },
    h("summary", {}, "See the whole tree as a diagram"),
    // Zoom needs the widget's code; without it the diagram shows at its own, readable size.
    h(
      "div",
      { class: "kb-diagram__tools", hidden: true },
      h(
        "button",
        {
          type: "button",
          class: "kb-btn kb-btn--ghost",
          "data-zoom": "fit",
          "aria-pressed": "false",
        },
        "Fit to width",
      ),
      h(
        "span",
        { class: "kb-diagram__legend" },
        "Your answers are highlighted; select a question to go back to it.",
      ),
    ),
    h(
      "div",
      { class: "kb-diagram__scroll", "data-scroll": "" },
      s(
        "svg",
        {
          role: "group",
          "aria-label": `Diagram of "${d.title}": ${d.questions} questions leading to ${d.causes} causes. The same content is listed as text below.`,
          viewBox: `0 0 ${d.width} ${d.height}`,
          width: String(d.width),
          height: String(d.height),
        },
        s(
          "defs",
          {},
          s(
            "marker",
            {
              id: marker,
              viewBox: "0 0 10 10",
              refX: "9",
              refY: "5",
              markerWidth: "7",
              markerHeight: "7",
              orient: "auto-start-reverse",
            },
            s("path", { d: "M0,0 L10,5 L0,10 z", class: "kb-diagram__arrow" }),
          ),
        ),
        ...d.edges.map((e) =>
          s("path", {
            d: path(e.points),
            class: "kb-diagram__edge",
            "data-edge": e.id,
            "marker-end": `url(#${marker})`,
          }),
        ),
        ...d.edges.map((e) => text(e.lines, e.labelX, e.labelY, "kb-diagram__edge-label")),
        ...nodes,
      ),
    ),
  );
}
