import dagre, {
  type EdgeLabel,
  type GraphLabel,
  type NodeLabel as DagreNode,
} from "@dagrejs/dagre";
import { edgesOf, type Tree } from "@kb/rules";

/** A positioned box of the diagram. */
export interface DiagramNode {
  id: string;
  kind: "question" | "cause" | "tree";
  label: string;
  full: string;
  x: number;
  y: number;
  width: number;
  height: number;
}

/** A routed arrow with its answer label. */
export interface DiagramEdge {
  points: { x: number; y: number }[];
  label: string;
  labelX: number;
  labelY: number;
}

/** A laid-out tree: boxes, arrows, and the size of the drawing. */
export interface Diagram {
  width: number;
  height: number;
  nodes: DiagramNode[];
  edges: DiagramEdge[];
}

const CHAR = 6.4; // average glyph width at the diagram's 12px font
const clip = (text: string, max: number) =>
  (text.length > max ? `${text.slice(0, max - 1)}…` : text).replace(/`/g, "");

type NodeLabel = DagreNode & {
  label: string;
  full: string;
  kind: DiagramNode["kind"];
  width: number;
  height: number;
};

/**
 * Lays a tree out top to bottom with dagre (the layout engine behind many graph tools), once
 * per build. Labels are clipped to keep boxes readable; the full text is kept for tooltips.
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
  g.setGraph({ rankdir: "TB", nodesep: 24, ranksep: 48, edgesep: 12, marginx: 8, marginy: 8 });
  g.setDefaultEdgeLabel(() => ({}));
  const add = (key: string, kind: DiagramNode["kind"], full: string) => {
    if (g.hasNode(key)) return;
    const label = clip(full, 34);
    g.setNode(key, {
      label,
      full,
      kind,
      width: Math.max(90, label.length * CHAR + 20),
      height: 34,
    });
  };
  for (const q of tree.questions) add(`question:${q.id}`, "question", q.text);
  for (const c of tree.causes) add(`cause:${c.id}`, "cause", c.title);
  for (const q of tree.questions) {
    for (const edge of edgesOf(q)) {
      const key = `${edge.target.kind}:${edge.target.id}`;
      if (edge.target.kind === "tree")
        add(key, "tree", `→ ${titles(edge.target.id) ?? edge.target.id}`);
      const label = clip(edge.label, 22);
      g.setEdge(
        `question:${q.id}`,
        key,
        { label, width: label.length * CHAR, height: 14, labelpos: "c" },
        `${q.id}:${edge.value}`,
      );
    }
  }
  dagre.layout(g);
  const graph = g.graph();
  return {
    width: Math.ceil(graph.width ?? 0),
    height: Math.ceil(graph.height ?? 0),
    nodes: g.nodes().map((id) => {
      const n = g.node(id) as ReturnType<typeof g.node> & { x: number; y: number };
      return {
        id,
        kind: n.kind,
        label: n.label,
        full: n.full,
        x: n.x,
        y: n.y,
        width: n.width,
        height: n.height,
      };
    }),
    edges: g.edges().map((e) => {
      const edge = g.edge(e) as {
        points: { x: number; y: number }[];
        label: string;
        x: number;
        y: number;
      };
      return { points: edge.points, label: edge.label, labelX: edge.x, labelY: edge.y };
    }),
  };
}
