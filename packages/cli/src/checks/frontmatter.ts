import { LineCounter, parseDocument } from "yaml";
import { problem, problemsFromZod, type Problem } from "@kb/rules";
import { articleSchema, type ArticleData } from "@kb/rules/schema";

/** An article's frontmatter, where its body starts, and what is wrong with it. */
export interface Frontmatter {
  data?: ArticleData & { title: string; description: string };
  body: string;
  /** Number of lines before the body, to map body lines to file lines. */
  bodyLine: number;
  problems: Problem[];
  /** File line and column of a frontmatter field. */
  locate: (path: (string | number)[]) => { line: number; column: number };
}

/** Splits `---` frontmatter from an MDX file and validates it with the shared article schema. */
export function readFrontmatter(source: string): Frontmatter {
  const m = /^---\r?\n([\s\S]*?)\r?\n---\r?\n?/.exec(source);
  if (!m) {
    return {
      body: source,
      bodyLine: 0,
      locate: () => ({ line: 1, column: 1 }),
      problems: [
        {
          ...problem(
            "content-frontmatter",
            "The file has no frontmatter: it must start with a `---` block (see content/_template.mdx).",
          ),
          line: 1,
          column: 1,
        },
      ],
    };
  }
  const yaml = m[1] ?? "";
  const bodyLine = m[0].split("\n").length - 1;
  const counter = new LineCounter();
  const doc = parseDocument(yaml, { lineCounter: counter });
  const at = (path: (string | number)[]) => {
    for (let depth = path.length; depth >= 0; depth--) {
      const node = depth === 0 ? doc.contents : doc.getIn(path.slice(0, depth), true);
      const range = (node as { range?: [number] } | undefined)?.range;
      if (range) {
        const pos = counter.linePos(range[0]);
        return { line: pos.line + 1, column: pos.col };
      }
    }
    return { line: 2, column: 1 };
  };
  if (doc.errors.length > 0) {
    return {
      body: source.slice(m[0].length),
      bodyLine,
      locate: at,
      problems: doc.errors.map((e) => {
        const pos = counter.linePos(e.pos[0]);
        return {
          ...problem(
            "content-frontmatter",
            `The frontmatter is not valid YAML: ${e.message.split("\n")[0] ?? ""}`,
          ),
          line: pos.line + 1,
          column: pos.col,
        };
      }),
    };
  }
  const data: unknown = doc.toJS();
  const parsed = articleSchema.safeParse(data);
  const problems = parsed.success
    ? []
    : problemsFromZod(parsed.error, data, "content-frontmatter").map((p) => ({
        ...p,
        ...at(p.path),
      }));
  const record = (data ?? {}) as Record<string, unknown>;
  if (typeof record.title !== "string" || record.title.trim() === "") {
    problems.push({
      ...problem(
        "content-frontmatter",
        "`title` is required: the article's title as readers see it.",
      ),
      ...at(["title"]),
    });
  }
  if (typeof record.description !== "string" || record.description.length < 50) {
    problems.push({
      ...problem(
        "content-frontmatter",
        "`description` needs a sentence of at least 50 characters: search results and link previews show it.",
      ),
      ...at(["description"]),
    });
  }
  if (parsed.success && parsed.data.type === "page") {
    problems.push({
      ...problem(
        "content-frontmatter",
        "`type: page` is for pages the site generates; an article is `troubleshooting` or `guide`.",
      ),
      ...at(["type"]),
    });
  }
  const article =
    parsed.success && parsed.data.type !== "page" && problems.length === 0
      ? parsed.data
      : undefined;
  return {
    ...(article
      ? {
          data: {
            ...article,
            title: String(record.title),
            description: String(record.description),
          },
        }
      : {}),
    body: source.slice(m[0].length),
    bodyLine,
    problems,
    locate: at,
  };
}
