import { basename, join } from "node:path";
import { LineCounter, parseDocument } from "yaml";
import { checkTreeSource, problem, problemsFromZod, type Problem, type Tree } from "@kb/rules";
import { categories, errorCodeSchema } from "@kb/rules/schema";
import { listFiles, read, type Repo } from "../repo.ts";
import { readFrontmatter, type Frontmatter } from "./frontmatter.ts";
import { checkMdx, type MdxFacts } from "./mdx.ts";

/** Sections every troubleshooting article has, as in content/_template.mdx. */
export const REQUIRED_SECTIONS = ["symptoms", "causes", "prevention", "references"];

interface Article {
  file: string;
  slug: string;
  front: Frontmatter;
  mdx?: MdxFacts;
}

const located = (p: Problem, file: string): Problem => ({ ...p, file });

/**
 * Every check a pull request must pass, over the whole repository: tree files, article
 * frontmatter, MDX that stays content, the template's structure, links and anchors between
 * articles, tree causes pointing at real sections, and the error-code reference.
 */
export async function checkRepo(repo: Repo): Promise<Problem[]> {
  const problems: Problem[] = [];
  const treeFiles = listFiles(repo.treesDir, /\.ya?ml$/);
  const knownTrees = new Set(treeFiles.map((f) => basename(f).replace(/\.ya?ml$/, "")));
  const trees = new Map<string, { tree: Tree; file: string; source: string }>();
  for (const file of treeFiles) {
    const source = read(file);
    const report = await checkTreeSource(source, repo.rel(file), { knownTrees });
    problems.push(...report.problems);
    if (report.tree) trees.set(report.tree.id, { tree: report.tree, file: repo.rel(file), source });
  }

  const articles = new Map<string, Article>();
  for (const file of listFiles(repo.contentDir, /\.mdx?$/)) {
    const rel = repo.rel(file);
    const front = readFrontmatter(read(file));
    const mdx = checkMdx(front.body, front.bodyLine);
    problems.push(
      ...front.problems.map((p) => located(p, rel)),
      ...mdx.problems.map((p) => located(p, rel)),
    );
    const slug = rel
      .replace(/^.*?content\//, "")
      .replace(/\.mdx?$/, "")
      .replace(/\/index$/, "");
    articles.set(slug, { file: rel, slug, front, mdx });
  }

  const errorIds = new Set<string>();
  const codesFile = join(repo.contentDir, "error-codes.yaml");
  const codesSource =
    listFiles(repo.contentDir, /^error-codes\.yaml$/).length > 0 ? read(codesFile) : "";
  if (codesSource) {
    const counter = new LineCounter();
    const doc = parseDocument(codesSource, { lineCounter: counter });
    const entries: unknown = doc.toJS();
    (Array.isArray(entries) ? entries : []).forEach((entry: Record<string, unknown>, i) => {
      const node = doc.getIn([i], true) as { range?: [number] } | undefined;
      const pos = node?.range ? counter.linePos(node.range[0]) : { line: 1, col: 1 };
      const where = { file: repo.rel(codesFile), line: pos.line, column: pos.col };
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
