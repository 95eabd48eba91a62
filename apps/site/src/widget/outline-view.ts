import { edgesOf, type Tree, type TreeSummary } from "@kb/rules/runtime";
import { sectionHref } from "../lib/links.ts";
import { blocks, richText, type Builder } from "./dom.ts";

type Question = Tree["questions"][number];

/**
 * The whole tree as plain content: what readers without JavaScript use, and what search
 * indexes. Each answer links to the question or cause it leads to. Causes are written out
 * open (not in closed disclosures), so a link to one shows it. Tree text keeps its inline
 * code. Built at build time (HTML) and in the browser after a hand-off to another tree.
 */
export function outlineView<N>(
  h: Builder<N>,
  tree: Tree,
  known: (treeId: string) => TreeSummary | undefined,
): N {
  const qid = (id: string) => `t-${tree.id}-q-${id}`;
  const cid = (id: string) => `t-${tree.id}-c-${id}`;
  const rich = (text: string) => richText(h, text);
  const answers = (q: Question) =>
    edgesOf(q).map((e) => {
      const t = e.target;
      const other = t.kind === "tree" ? known(t.id) : undefined;
      const to =
        t.kind === "question"
          ? {
              href: `#${qid(t.id)}`,
              kind: "next question",
              title: tree.questions.find((x) => x.id === t.id)?.text,
            }
          : t.kind === "cause"
            ? {
                href: `#${cid(t.id)}`,
                kind: "cause",
                title: tree.causes.find((c) => c.id === t.id)?.title,
              }
            : {
                href: sectionHref(other?.article ?? ""),
                kind: "continues in another article",
                title: other?.title ?? t.id,
              };
      const label =
        q.type === "number" && q.unit && e.path[0] !== "unsure"
          ? `${e.label} (${q.unit})`
          : e.label;
      return h(
        "li",
        {},
        ...rich(label),
        " → ",
        h(
          "a",
          { href: to.href, "data-handoff": t.kind === "tree" ? t.id : undefined },
          ...rich(to.title ?? t.id),
        ),
        " ",
        h("span", { class: "kb-outline__kind" }, `(${to.kind})`),
      );
    });
  const causes = tree.causes.length
    ? [
        h("p", { class: "kb-outline__heading" }, "Causes"),
        h(
          "ul",
          { class: "kb-outline__causes" },
          ...tree.causes.map((c) =>
            h(
              "li",
              { id: cid(c.id) },
              h("p", { class: "kb-outline__q" }, ...rich(c.title)),
              ...blocks(h, c.why),
              h("p", {}, h("strong", {}, "Confirm:")),
              ...blocks(h, c.confirm),
              h("ol", {}, ...c.fix.map((f) => h("li", {}, ...rich(f)))),
              h("a", { href: sectionHref(c.section) }, "Read more about this cause"),
            ),
          ),
        ),
      ]
    : [];
  return h(
    "details",
    { class: "kb-outline", "data-outline": "" },
    h("summary", {}, "The whole tree: every question, answer and cause"),
    h(
      "ol",
      { class: "kb-outline__questions" },
      ...tree.questions.map((q) =>
        h(
          "li",
          { id: qid(q.id) },
          h("p", { class: "kb-outline__q" }, ...rich(q.text)),
          ...(q.help ? blocks(h, q.help).map((b) => b) : []),
          h("ul", {}, ...answers(q)),
        ),
      ),
    ),
    ...causes,
  );
}
