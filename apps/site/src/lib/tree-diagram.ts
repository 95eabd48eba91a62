import dagre, {
  type EdgeLabel,
  type GraphLabel,
  type NodeLabel as DagreNode,
} from "@dagrejs/dagre";
import { edgesOf, type Tree } from "@kb/rules";

/** A positioned box of the diagram; `lines` is its label wrapped to the box. */
export interface DiagramNode {
  /** `question:<id>`, `cause:<id>` or `tree:<id>`. */
  id: string;
  kind: "question" | "cause" | "tree";
  lines: string[];
  full: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed arrow with its answer label; `id` is `<question>:<answer value>`. */
export interface DiagramEdge {
  id: string;
  points: { x: number; y: number }[];
  lines: string[];
  labelX: number;
  labelY: number;
}

/** A laid-out tree: boxes, arrows, and the size of the drawing. */
export interface Diagram {
  tree: string;
  title: string;
  start: string;
  questions: number;
  causes: number;
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const CHAR = 6.6; // average glyph width at the diagram's 12px font (a little generous)
/** Line height of the diagram's text, in px. */
export const LINE = 15;
const NODE_CHARS = 26;
const EDGE_CHARS = 20;

/**
 * Wraps text at spaces into lines of at most `max` characters (a longer word gets a line of
 * its own), keeping at most `rows` lines; only what is cut beyond them ends in "…". Backticks
 * are dropped: the diagram is SVG text, not rich text.
 */
export function wrap(text: string, max: number, rows: number): string[] {
  const lines: string[] = [];
  let line = "";
  for (const word of text.replace(/`/g, "").split(/\s+/).filter(Boolean)) {
    if (line && line.length + 1 + word.length > max) {
      lines.push(line);
      line = word;
    } else line = line ? `${line} ${word}` : word;
  }
  if (line) lines.push(line);
  if (lines.length <= rows) return lines;
  const kept = lines.slice(0, rows);
  kept[rows - 1] = `${kept[rows - 1] ?? ""}…`;
  return kept;
}

type NodeLabel = DagreNode & Omit<DiagramNode, "x" | "y" | "id">;

/**
 * Lays a tree out top to bottom with dagre (the layout engine behind many graph tools), once
 * per build. Labels are wrapped into narrow boxes so the drawing stays readable at its own
 * size; the widget scrolls it to the reader's step and offers a fit-to-width view.
 */
export function layoutTree(tree: Tree, titles: (treeId: string) => string | undefined): Diagram {
  // Every page that embeds a tree draws the same diagram: lay each tree out once per build.
  const cached = layouts.get(tree);
  if (cached) return cached;
  const diagram = computeLayout(tree, titles);
  layouts.set(tree, diagram);
  return diagram;
}

const layouts = new WeakMap<Tree, Diagram>();

function computeLayout(tree: Tree, titles: (treeId: string) => string | undefined): Diagram {
  const g = new dagre.graphlib.Graph<GraphLabel, NodeLabel, EdgeLabel>({ multigraph: true });
  g.setGraph({ rankdir: "LR", nodesep: 12, ranksep: 28, edgesep: 8, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const add = (key: string, kind: DiagramNode["kind"], full: string) => {
    if (g.hasNode(key)) return;
    const lines = wrap(full, NODE_CHARS, 5);
    const longest = Math.max(...lines.map((l) => l.length));
    g.setNode(key, {
      lines,
      full,
      kind,
      width: Math.max(80, Math.ceil(longest * CHAR) + 20),
      height: lines.length * LINE + 14,
    });
  };
  for (const q of tree.questions) add(`question:${q.id}`, "question", q.text);
  for (const c of tree.causes) add(`cause:${c.id}`, "cause", c.title);
  for (const q of tree.questions) {
    for (const edge of edgesOf(q)) {
      const key = `${edge.target.kind}:${edge.target.id}`;
      if (edge.target.kind === "tree")
        add(key, "tree", `→ ${titles(edge.target.id) ?? edge.target.id}`);
      const lines = wrap(edge.label, EDGE_CHARS, 3);
      const longest = Math.max(...lines.map((l) => l.length));
      g.setEdge(
        `question:${q.id}`,
        key,
        { lines, width: longest * CHAR, height: lines.length * LINE, labelpos: "c" },
        `${q.id}:${edge.value}`,
      );
    }
  }
  dagre.layout(g);
  const graph = g.graph();
  const round = (n: number) => Math.round(n * 10) / 10;
  return {
    tree: tree.id,
    title: tree.title,
    start: tree.start,
    questions: tree.questions.length,
    causes: tree.causes.length,
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: g.nodes().map((id) => {
      const n = g.node(id) as ReturnType<typeof g.node> & { x: number; y: number };
      return {
        id,
        kind: n.kind,
        lines: n.lines,
        full: n.full,
        x: round(n.x),
        y: round(n.y),
        width: n.width,
        height: n.height,
      };
    }),
    edges: g.edges().map((e) => {
      const edge = g.edge(e) as {
        points: { x: number; y: number }[];
        lines: string[];
        x: number;
        y: number;
      };
      return {
        id: e.name ?? "",
        points: edge.points.map((p) => ({ x: round(p.x), y: round(p.y) })),
        lines: edge.lines,
        labelX: round(edge.x),
        labelY: round(edge.y),
      };
    }),
  };
}
