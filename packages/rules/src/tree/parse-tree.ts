import { LineCounter, parseDocument, type Document } from "yaml";
import { problem } from "../errors/content-problem.ts";
import type { Problem } from "../errors/problem.ts";
import { problemsFromZod } from "../errors/zod-issues.ts";
import { yamlLocator, type Locate } from "../errors/yaml-locator.ts";
import { treeLimits } from "../schemas/tree-limits.ts";
import { treeSchema, type Tree } from "../schemas/tree.ts";

/** The result of reading a tree file: the tree when it is well-formed, and every problem found. */
export interface ParsedTree {
  tree?: Tree;
  problems: Problem[];
  /** Finds the line and column of a path inside the file. */
  locate: Locate;
}

/** Adds file, line and column to problems. */
export function placeProblems(
  problems: Problem[],
  file: string | undefined,
  locate: ParsedTree["locate"],
): Problem[] {
  return problems.map((p) => ({ ...p, ...(file ? { file } : {}), ...locate(p.path) }));
}

/** Bytes of `text` in UTF-8 (a surrogate pair, 4 bytes, counts 2 for each half). */
function utf8Length(text: string): number {
  let bytes = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    bytes += c < 0x80 ? 1 : c < 0x800 || (c >= 0xd800 && c <= 0xdfff) ? 2 : 3;
  }
  return bytes;
}

/**
 * Reads a tree from YAML source. Syntax errors, schema errors and an id that does not match
 * the file name are reported with their line; nothing throws.
 */
export function parseTree(source: string, file?: string): ParsedTree {
  const bytes = source.length * 3 > treeLimits.fileBytes ? utf8Length(source) : 0;
  if (bytes > treeLimits.fileBytes) {
    const size = `${Math.ceil(bytes / 1024)} KB`;
    const message = `The file is ${size}; a tree may be at most ${treeLimits.fileBytes / 1024} KB.`;
    return {
      problems: [
        { ...problem("tree-too-large", message), ...(file ? { file } : {}), line: 1, column: 1 },
      ],
      locate: () => undefined,
    };
  }
  const counter = new LineCounter();
  let doc: Document;
  try {
    doc = parseDocument(source, { lineCounter: counter, uniqueKeys: true, prettyErrors: false });
  } catch (error) {
    // Nesting deep enough to exhaust the parser's stack is not a tree.
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [
        { ...problem("tree-yaml-syntax", message), ...(file ? { file } : {}), line: 1, column: 1 },
      ],
      locate: () => undefined,
    };
  }
  const locate = yamlLocator(doc, counter);
  if (doc.errors.length > 0) {
    const problems = doc.errors.map((e) => {
      const at = counter.linePos(e.pos[0]);
      const first = e.message.split("\n")[0] ?? e.message;
      return {
        ...problem("tree-yaml-syntax", first),
        ...(file ? { file } : {}),
        line: at.line,
        column: at.col,
      };
    });
    return { problems, locate };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return {
      problems: [{ ...problem("tree-yaml-syntax", message), ...(file ? { file } : {}) }],
      locate,
    };
  }
  const parsed = treeSchema.safeParse(data);
  if (!parsed.success)
    return { problems: placeProblems(problemsFromZod(parsed.error, data), file, locate), locate };
  const problems: Problem[] = [];
  const base = file
    ?.split(/[\\/]/)
    .pop()
    ?.replace(/\.ya?ml$/, "");
  if (base && base !== parsed.data.id) {
    problems.push(
      problem(
        "tree-id-mismatch",
        `The tree id is "${parsed.data.id}" but the file is "${base}.yaml".`,
        ["id"],
      ),
    );
  }
  return { tree: parsed.data, problems: placeProblems(problems, file, locate), locate };
}
