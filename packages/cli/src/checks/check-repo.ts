import { LineCounter, parseDocument } from "yaml";
import { checkTreeSource, problem, problemsFromZod, type Problem, type Tree } from "@kb/rules";
import { categories, errorCodeSchema } from "@kb/rules/schema";
import { readContent, type ArticleReport } from "@kb/content-gate";
import type { Repo } from "../repo.ts";
import { checkSignatureFiles } from "./check-signatures.ts";

/** Sections every troubleshooting article has, as in content/_template.mdx. */
export const REQUIRED_SECTIONS = ["symptoms", "causes", "prevention", "references"];

/**
 * Every check a pull request must pass, over the whole repository: first the content gate
 * (@kb/content-gate: file types, encoding, links, frontmatter allow-list, MDX that stays
 * content — the same rules the build enforces), then tree files, the template's structure,
 * links and anchors between articles, tree causes pointing at real sections, and the
 * error-code reference.
 */
export async function checkRepo(repo: Repo): Promise<Problem[]> {
  const content = readContent(repo.contentDir, { root: repo.root, treesDir: repo.treesDir });
  const problems: Problem[] = [...content.problems];
  const knownTrees = new Set(
    content.trees.map((f) => f.rel.replace(/^.*\//, "").replace(/\.yaml$/, "")),
  );
  const trees = new Map<string, { tree: Tree; file: string; source: string }>();
  for (const { rel, text } of content.trees) {
    const report = await checkTreeSource(text, rel, { knownTrees });
    problems.push(...report.problems);
    if (report.tree) trees.set(report.tree.id, { tree: report.tree, file: rel, source: text });
  }

  const articles = new Map<string, ArticleReport>(content.articles.map((a) => [a.slug, a]));

  const errorIds = new Set<string>();
  const codesSource = content.errorCodes?.text ?? "";
  const codesFile = content.errorCodes?.rel ?? "content/error-codes.yaml";
  if (codesSource) {
    const counter = new LineCounter();
    const doc = parseDocument(codesSource, { lineCounter: counter });
    for (const e of doc.errors) {
      const pos = counter.linePos(e.pos[0]);
      problems.push({
        ...problem("error-code-invalid", `Not valid YAML: ${e.message.split("\n")[0] ?? ""}`),
        file: codesFile,
        line: pos.line,
        column: pos.col,
      });
    }
    const entries: unknown = doc.toJS();
    (Array.isArray(entries) ? entries : []).forEach((entry: Record<string, unknown>, i) => {
      const node = doc.getIn([i], true) as { range?: [number] } | undefined;
      const pos = node?.range ? counter.linePos(node.range[0]) : { line: 1, col: 1 };
      const where = { file: codesFile, line: pos.line, column: pos.col };
      const id = typeof entry.id === "string" ? entry.id : "";
      if (!/^[A-Za-z0-9_]+$/.test(id))
        problems.push({
          ...problem(
            "error-code-invalid",
            `Entry ${i} needs an \`id\` such as "429" or "ECONNRESET" (quote numbers).`,
          ),
          ...where,
        });
      errorIds.add(id);
      const { id: _id, ...rest } = entry;
      const parsed = errorCodeSchema.safeParse(rest);
      if (!parsed.success)
        problems.push(
          ...problemsFromZod(parsed.error, rest, "error-code-invalid").map((p) => ({
            ...p,
            message: `${id}: ${p.message}`,
            ...where,
          })),
        );
      if (typeof entry.tree === "string" && !trees.has(entry.tree))
        problems.push({
          ...problem("error-code-invalid", `${id}: the tree "${entry.tree}" does not exist.`),
          ...where,
        });
      for (const slug of Array.isArray(entry.related) ? entry.related : []) {
        if (!articles.has(String(slug)))
          problems.push({
            ...problem(
              "error-code-invalid",
              `${id}: the related article "${String(slug)}" does not exist.`,
            ),
            ...where,
          });
      }
    });
  }

  // Anchors each article offers: its headings, plus its tree's causes when it renders them.
  const anchorsOf = (slug: string): Set<string> | undefined => {
    const a = articles.get(slug);
    if (!a?.mdx) return undefined;
    const tree = a.front.data?.tree ? trees.get(a.front.data.tree)?.tree : undefined;
    return new Set([
      ...a.mdx.anchors,
      ...(a.mdx.usesCauses && tree ? tree.causes.map((c) => c.id) : []),
    ]);
  };
  const generated = new Set([
    "",
    "errors",
    ...[...errorIds].map((id) => `errors/${id}`),
    ...categories.map((c) => `categories/${c.id}`),
  ]);

  for (const a of articles.values()) {
    const data = a.front.data;
    if (!data || !a.mdx) continue;
    if (data.tree && !trees.has(data.tree)) {
      problems.push({
        ...problem(
          "content-unknown-tree",
          `\`tree: ${data.tree}\` names no tree. Known: ${[...trees.keys()].sort().join(", ")}.`,
        ),
        file: a.file,
        ...a.front.locate(["tree"]),
      });
    }
    for (const slug of data.related) {
      if (!articles.has(slug))
        problems.push({
          ...problem(
            "content-unknown-related",
            `\`related\` lists "${slug}", which is not an article.`,
          ),
          file: a.file,
          ...a.front.locate(["related", data.related.indexOf(slug)]),
        });
    }
    if (data.type === "troubleshooting") {
      const missing = REQUIRED_SECTIONS.filter((s) => !a.mdx?.sections.includes(s));
      if (missing.length > 0) {
        problems.push({
          ...problem(
            "content-structure",
            `The article lacks the section${missing.length > 1 ? "s" : ""} ${missing.map((s) => `\`## ${s[0]?.toUpperCase()}${s.slice(1)}\``).join(", ")}.`,
          ),
          file: a.file,
          line: a.front.bodyLine + 1,
          column: 1,
        });
      }
    }
    for (const link of a.mdx.links) {
      if (/^(?:[a-z][a-z0-9+.-]*:|\/\/)/i.test(link.url)) continue;
      const [path = "", anchor = ""] = link.url.split("#");
      const slug = path === "" ? a.slug : path.replace(/^\/|\/$/g, "");
      const where = { file: a.file, line: link.line, column: link.column };
      if (!articles.has(slug) && !generated.has(slug)) {
        problems.push({
          ...problem("content-broken-link", `\`${link.url}\` points to no page.`),
          ...where,
        });
      } else if (anchor && articles.has(slug) && !anchorsOf(slug)?.has(anchor)) {
        problems.push({
          ...problem(
            "content-broken-anchor",
            `\`${link.url}\`: "${slug}" has no section "${anchor}".`,
          ),
          ...where,
        });
      }
    }
  }

  problems.push(
    ...(await checkSignatureFiles(
      repo,
      [...trees.values()].map((t) => t.tree),
    )),
  );
  for (const { tree, file, source } of trees.values()) {
    const lineOf = (needle: string) => {
      const index = source.indexOf(needle);
      return index < 0 ? 1 : source.slice(0, index).split("\n").length;
    };
    if (!articles.has(tree.article)) {
      problems.push({
        ...problem(
          "tree-unknown-article",
          `\`article: ${tree.article}\` is not a file in content/.`,
        ),
        file,
        line: lineOf(`article: ${tree.article}`),
        column: 1,
      });
    }
    for (const cause of tree.causes) {
      const [slug = "", anchor = ""] = cause.section.split("#");
      if (!anchorsOf(slug)?.has(anchor)) {
        problems.push({
          ...problem(
            "tree-section-missing",
            `The cause "${cause.id}" points at \`${cause.section}\`, which is not a section of an article.`,
          ),
          file,
          line: lineOf(`section: ${cause.section}`),
          column: 5,
        });
      }
    }
  }
  return problems;
}
