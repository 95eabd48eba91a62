import type { Tree, TreeSummary, Triage, TriageState } from "@kb/rules/runtime";
import type { Diagram } from "../lib/tree-diagram.ts";
import { sectionHref } from "../lib/links.ts";
import { domBuilder, svgBuilder, type Builder } from "./dom.ts";
import { treeUrl } from "./links.ts";

/** What the map asks of the widget when a reader selects a box of the diagram. */
export interface MapActions {
  /** Goes back to the point before step `index` was answered. */
  rewind(index: number): void;
  /** Moves focus to the question or result being shown. */
  focusCurrent(): void;
}

const html = domBuilder as unknown as Builder<Element>;

/** The diagram of a tree this page was not built with, and the trees that one hands off to. */
async function fetchDiagram(
  id: string,
): Promise<{ diagram: Diagram; known: Record<string, TreeSummary> } | undefined> {
  try {
    const response = await fetch(treeUrl(`diagram/${id}`));
    return response.ok
      ? ((await response.json()) as { diagram: Diagram; known: Record<string, TreeSummary> })
      : undefined;
  } catch {
    return undefined;
  }
}

/** The widget's title, diagram and outline, kept in step with the session. */
export interface TreeMap {
  /** Shows the tree `state` is in, and marks the reader's path and current step on it. */
  update(state: TriageState): Promise<void>;
  /** Scrolls the diagram so the current step (or the first question) is in view. */
  center(): void;
}

/** The answer value of a step, from its rule's name (`tree/question=value`). */
const edgeValue = (rule: string) => rule.slice(rule.lastIndexOf("=") + 1);

/**
 * The widget's title, diagram and outline follow the tree the session is in: after a hand-off
 * they show the new tree (drawn from its data, loaded then), and after a restart the page's
 * own again. The diagram marks the reader's path and current step; answered questions' boxes
 * go back to that question.
 */
export function treeMap(
  root: HTMLElement,
  home: string,
  triage: Triage,
  known: Record<string, TreeSummary>,
  actions: MapActions,
): TreeMap {
  const map = root.querySelector<HTMLElement>("[data-map]");
  const title = root.querySelector<HTMLElement>("[data-title-text]");
  const symptom = root.querySelector<HTMLElement>("[data-symptom]");
  const own = map ? [...map.childNodes] : [];
  const ownTitle = title?.textContent ?? "";
  const ownSymptom = symptom?.textContent ?? "";
  let shown = home;
  let state: TriageState | undefined;

  const swap = async (id: string, tree: Tree): Promise<boolean> => {
    if (!map || !title || !symptom) return false;
    if (id === home) {
      map.replaceChildren(...own);
      title.textContent = ownTitle;
      symptom.textContent = ownSymptom;
      return true;
    }
    // The views that draw another tree load with it, only when a reader is handed over.
    const [data, { diagramView }, { outlineView }] = await Promise.all([
      fetchDiagram(id),
      import("./diagram-view.ts"),
      import("./outline-view.ts"),
    ]);
    if (!data) return false;
    Object.assign(known, data.known);
    const article = (t: string) => sectionHref(known[t]?.article ?? "");
    map.replaceChildren(
      diagramView(html, svgBuilder, data.diagram, article),
      outlineView(html, tree, (t) => known[t]),
    );
    title.textContent = tree.title;
    symptom.textContent = `Answer a few questions to find the cause. Starting point: ${tree.symptom}.`;
    return true;
  };

  const mark = () => {
    if (!map || !state) return;
    const current = state;
    for (const el of map.querySelectorAll("[data-node], [data-edge]")) {
      el.classList.remove("is-path", "is-current");
      el.removeAttribute("aria-current");
      const base = el.getAttribute("data-label");
      if (base) el.setAttribute("aria-label", base);
    }
    const node = (id: string) => map.querySelector(`[data-node="${CSS.escape(id)}"]`);
    for (const step of current.steps) {
      if (step.tree !== shown) continue;
      const box = node(`question:${step.question}`);
      if (box) {
        box.classList.add("is-path");
        const base = box.getAttribute("data-label") ?? box.getAttribute("aria-label") ?? "";
        box.setAttribute("data-label", base);
        box.setAttribute(
          "aria-label",
          `${base} — you answered “${step.answerLabel}”; go back to it`,
        );
      }
      map
        .querySelector(`[data-edge="${CSS.escape(`${step.question}:${edgeValue(step.rule)}`)}"]`)
        ?.classList.add("is-path");
    }
    const here =
      current.tree !== shown
        ? undefined
        : current.question
          ? node(`question:${current.question.id}`)
          : current.cause
            ? node(`cause:${current.cause.id}`)
            : undefined;
    here?.classList.add("is-current");
    here?.setAttribute("aria-current", "step");
    const tools = map.querySelector<HTMLElement>(".kb-diagram__tools");
    if (tools) tools.hidden = false;
  };

  /** Scrolls the diagram so the current step (or the first question) is in view. */
  const center = () => {
    const scroll = map?.querySelector<HTMLElement>("[data-scroll]");
    const target =
      map?.querySelector<SVGGraphicsElement>(".kb-diagram__node.is-current") ??
      map?.querySelector<SVGGraphicsElement>(".kb-diagram__node");
    if (!scroll || !target) return;
    const box = target.getBoundingClientRect();
    const frame = scroll.getBoundingClientRect();
    scroll.scrollLeft += box.left - frame.left - (frame.width - box.width) / 2;
    scroll.scrollTop += box.top - frame.top - (frame.height - box.height) / 2;
  };

  root.addEventListener("click", (event) => {
    const target = event.target as Element;
    const zoom = target.closest<HTMLElement>("[data-zoom]");
    if (zoom) {
      const fit = zoom.getAttribute("aria-pressed") !== "true";
      zoom.setAttribute("aria-pressed", String(fit));
      zoom.closest(".kb-diagram")?.classList.toggle("kb-diagram--fit", fit);
      if (!fit) center();
      return;
    }
    const link = target.closest("a");
    const box = link?.getAttribute("data-node");
    if (link && box && state) {
      const [kind, id] = box.split(":");
      const current = state.question?.id ?? state.cause?.id;
      if (state.tree === shown && id === current && kind !== "tree") {
        event.preventDefault();
        return actions.focusCurrent();
      }
      const index = state.steps.findIndex((s) => s.tree === shown && s.question === id);
      if (kind === "question" && index >= 0) {
        event.preventDefault();
        return actions.rewind(index);
      }
    }
    // A link into the outline: open it (and the details around the target) so it shows.
    const hash = link?.getAttribute("href");
    if (hash?.startsWith("#")) {
      let el = document.getElementById(hash.slice(1))?.parentElement;
      for (; el; el = el.parentElement) if (el instanceof HTMLDetailsElement) el.open = true;
    }
  });

  return {
    center,
    async update(next) {
      state = next;
      const want = next.status === "handoff" ? shown : next.tree;
      if (want !== shown) {
        const tree = triage.compiled(want)?.tree;
        if (tree && (await swap(want, tree))) shown = want;
      }
      mark();
    },
  };
}
