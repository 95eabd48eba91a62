import { isMap, isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import { problemsFromZod, type Problem } from "@kb/rules";
import { articleSchema, type ArticleData } from "@kb/rules/schema";
import { ARTICLE_KEYS, TEXT_LIMITS } from "./limits.ts";
import { located } from "./problems.ts";
import { plainTextReason } from "./text.ts";

/** An article's frontmatter, its body as the MDX compiler sees it, and what is wrong. */
export interface Frontmatter {
  data?: ArticleData & { title: string; description: string };
  /**
   * The file with the frontmatter blanked to spaces, exactly as Astro hands it to the MDX
   * compiler, so body positions are file positions.
   */
  body: string;
  /** Lines before the body: the line number of the closing `---` (0 without frontmatter). */
  bodyLine: number;
  problems: Problem[];
  /** File line and column of a frontmatter field. */
  locate: (path: (string | number)[]) => { line: number; column: number };
}

type Where = { line: number; column: number };

/** Refuses anchors, aliases, merge keys and tags: js-yaml (the build) and yaml (the checks) differ on them. */
function yamlFeatures(
  doc: Document,
  at: (offset: number) => Where,
): (Where & { message: string })[] {
  const found: (Where & { message: string })[] = [];
  visit(doc, {
    Alias(_, node) {
      found.push({
        message: `The alias \`*${node.source}\` is not allowed.`,
        ...at(node.range?.[0] ?? 0),
      });
    },
    Pair(_, pair) {
      if (isScalar(pair.key) && pair.key.value === "<<")
        found.push({
          message: "The merge key `<<` is not allowed.",
          ...at(pair.key.range?.[0] ?? 0),
        });
    },
    Node(_, node) {
      const offset = node.range?.[0] ?? 0;
      if (node.anchor)
        found.push({ message: `The anchor \`&${node.anchor}\` is not allowed.`, ...at(offset) });
      if (node.tag)
        found.push({ message: `The tag \`${node.tag}\` is not allowed.`, ...at(offset) });
    },
  });
  return found;
}

/**
 * Reads an article's frontmatter the way Astro finds it (`---` at the very start, up to the
 * first line starting with `---` or `+++`), insists on the plain form of it, and validates it:
 * only the fields of content/_template.mdx, plain-text title and description, the shared
 * article schema.
 */
export function readFrontmatter(source: string, file: string): Frontmatter {
  const fail = (message: string, line = 1): Frontmatter => ({
    body: source,
    bodyLine: 0,
    locate: () => ({ line, column: 1 }),
    problems: [located("content-frontmatter", message, file, line, 1)],
  });
  if (!/^---\r?\n/.test(source))
    return fail(
      "The file must start with a `---` line opening the frontmatter (see content/_template.mdx).",
    );
  // Astro's rule (@astrojs/internal-helpers/frontmatter), anchored at the start of the file.
  const m = /^(?:---|\+\+\+)([\s\S]*?\n)(?:---|\+\+\+)/.exec(source);
  const raw = m?.[1];
  if (!m || raw === undefined) return fail("The frontmatter has no closing `---` line.");
  const closeLine = m[0].split("\n").length;
  if (!m[0].endsWith("---") || !/^(?:\r?\n|$)/.test(source.slice(m[0].length)))
    return fail("The frontmatter must end with a line that is exactly `---`.", closeLine);
  const body = `   ${raw.replace(/[^\r\n]/g, " ")}   ${source.slice(m[0].length)}`;

  // `raw` starts right after the opening `---`, so its line numbers are the file's.
  const counter = new LineCounter();
  const doc = parseDocument(raw, { lineCounter: counter, schema: "core", merge: false });
  const at = (offset: number) => {
    const pos = counter.linePos(offset);
    return { line: pos.line, column: pos.col };
  };
  const locate = (path: (string | number)[]) => {
    for (let depth = path.length; depth > 0; depth--) {
      const range = (doc.getIn(path.slice(0, depth), true) as { range?: [number] } | undefined)
        ?.range;
      if (range) return at(range[0]);
    }
    return { line: 2, column: 1 };
  };
  const problems: Problem[] = [];
  const report = (id: Problem["id"], message: string, where: Where) =>
    problems.push(located(id, message, file, where.line, where.column));
  if (doc.errors.length > 0) {
    for (const e of doc.errors)
      report(
        "content-frontmatter",
        `The frontmatter is not valid YAML: ${e.message.split("\n")[0] ?? ""}`,
        at(e.pos[0]),
      );
    return { body, bodyLine: closeLine, problems, locate };
  }
  for (const f of yamlFeatures(doc, at)) report("content-frontmatter-yaml", f.message, f);
  if (problems.length > 0) return { body, bodyLine: closeLine, problems, locate };
  if (!isMap(doc.contents))
    return fail("The frontmatter must be a list of `field: value` lines.", 2);

  const record = doc.toJS() as Record<string, unknown>;
  const refused = new Set<string>();
  for (const pair of doc.contents.items) {
    const key = isPair(pair) && isScalar(pair.key) ? String(pair.key.value) : "";
    if (ARTICLE_KEYS.includes(key)) continue;
    refused.add(key);
    report(
      "content-frontmatter-key",
      `\`${key}\` is not a field articles may use; allowed: ${ARTICLE_KEYS.join(", ")}.`,
      at((pair.key as { range?: number[] } | null)?.range?.[0] ?? 0),
    );
  }
  for (const field of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
    const value = record[field];
    const reason = typeof value === "string" ? plainTextReason(field, value) : undefined;
    if (reason) {
      refused.add(field);
      report("content-plain-text", `${reason}.`, locate([field]));
    }
  }
  const parsed = articleSchema.safeParse(record);
  if (!parsed.success)
    problems.push(
      ...problemsFromZod(parsed.error, record, "content-frontmatter")
        .filter((p) => !refused.has(String(p.path[0])))
        .map((p) => ({ ...p, file, ...locate(p.path) })),
    );
  if (!refused.has("title") && (typeof record.title !== "string" || record.title.trim() === ""))
    report(
      "content-frontmatter",
      "`title` is required: the article's title as readers see it.",
      locate(["title"]),
    );
  if (
    !refused.has("description") &&
    (typeof record.description !== "string" ||
      record.description.length < TEXT_LIMITS.description.min)
  )
    report(
      "content-frontmatter",
      `\`description\` needs a sentence of at least ${TEXT_LIMITS.description.min} characters: search results and link previews show it.`,
      locate(["description"]),
    );
  if (parsed.success && parsed.data.type === "page")
    report(
      "content-frontmatter",
      "`type: page` is for pages the site generates; an article is `troubleshooting` or `guide`.",
      locate(["type"]),
    );
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
    body,
    bodyLine: closeLine,
    problems,
    locate,
  };
}
