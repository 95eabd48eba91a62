import { lstatSync, readdirSync, readFileSync } from "node:fs";
import { join, relative } from "node:path";
import type { Problem } from "@kb/rules";
import { decodeText } from "./encoding.ts";
import { ERROR_CODES_FILE, MAX_ARTICLE_BYTES, MAX_DATA_BYTES, TEMPLATE_FILE } from "./limits.ts";
import { located, reasonOf } from "./problems.ts";
import { checkSlug } from "./slug.ts";

/** A file the gate read: where it is, and its text (strict UTF-8). */
export interface GateFile {
  path: string;
  /** Relative to the repository root, with `/`, for messages. */
  rel: string;
  text: string;
}

/** Which folder is walked: its files are judged by different rules. */
export type FolderKind = "content" | "trees";

/** What a file in the folder is, or why it may not be there. */
function classify(
  kind: FolderKind,
  name: string,
  topLevel: boolean,
): { ok: "article" | "data" | "template" } | { id: Problem["id"]; message: string } {
  if (!/^[a-z0-9_][a-z0-9._-]*$/.test(name) || name.includes(".."))
    return {
      id: "content-file-name",
      message: `"${name}" is not a lower-case, hyphenated ASCII name.`,
    };
  if (kind === "trees")
    return name.endsWith(".yaml")
      ? { ok: "data" }
      : { id: "content-file-type", message: `"${name}" is not a tree file (<id>.yaml).` };
  if (topLevel && name === ERROR_CODES_FILE) return { ok: "data" };
  if (topLevel && name === TEMPLATE_FILE) return { ok: "template" };
  if (!name.endsWith(".mdx"))
    return {
      id: "content-file-type",
      message: `"${name}" is not an .mdx article; content/ holds only articles, ${ERROR_CODES_FILE} and ${TEMPLATE_FILE}.`,
    };
  return { ok: "article" };
}

/** The files of a walk, sorted, and every problem met on the way. */
export interface Walk {
  articles: GateFile[];
  data: GateFile[];
  template?: GateFile;
  problems: Problem[];
}

/**
 * Walks a folder as the build would see it, without following links: refuses symbolic links
 * (dangling ones too), odd names, file types the folder may not hold, oversized files and text
 * that is not strict UTF-8. Never throws: an unreadable entry becomes a `content-unreadable`.
 */
export function walkFolder(dir: string, root: string, kind: FolderKind): Walk {
  const walk: Walk = { articles: [], data: [], problems: [] };
  const rel = (path: string) => relative(root, path).split("\\").join("/");
  const visit = (folder: string, topLevel: boolean) => {
    let names: string[];
    try {
      names = readdirSync(folder).sort();
    } catch (error) {
      walk.problems.push(located("content-unreadable", reasonOf(error), rel(folder)));
      return;
    }
    for (const name of names) {
      const path = join(folder, name);
      const file = rel(path);
      try {
        const stat = lstatSync(path);
        if (stat.isSymbolicLink()) {
          walk.problems.push(
            located(
              "content-symlink",
              `"${name}" is a symbolic link; the checks do not follow links.`,
              file,
            ),
          );
          continue;
        }
        if (stat.isDirectory()) {
          const slug = kind === "content" ? checkSlug(name, file) : [];
          if (kind === "trees")
            walk.problems.push(
              located("content-file-type", `"${name}" is a folder; trees are files.`, file),
            );
          else if (slug.length > 0) walk.problems.push(...slug);
          else visit(path, false);
          continue;
        }
        const what = classify(kind, name, topLevel);
        if ("id" in what) {
          walk.problems.push(located(what.id, what.message, file));
          continue;
        }
        if (what.ok === "article") {
          const slug = checkSlug(name.slice(0, -".mdx".length), file);
          if (slug.length > 0) {
            walk.problems.push(...slug);
            continue;
          }
        }
        if (!stat.isFile()) {
          walk.problems.push(
            located("content-file-type", `"${name}" is not a regular file.`, file),
          );
          continue;
        }
        const limit = what.ok === "data" ? MAX_DATA_BYTES : MAX_ARTICLE_BYTES;
        if (stat.size > limit) {
          walk.problems.push(
            located(
              "content-file-size",
              `The file has ${stat.size} bytes; the limit is ${limit}.`,
              file,
            ),
          );
          continue;
        }
        const decoded = decodeText(readFileSync(path));
        if ("fault" in decoded) {
          const f = decoded.fault;
          walk.problems.push(located("content-encoding", f.message, file, f.line, f.column));
          continue;
        }
        const entry = { path, rel: file, text: decoded.text };
        if (what.ok === "article") walk.articles.push(entry);
        else if (what.ok === "template") walk.template = entry;
        else walk.data.push(entry);
      } catch (error) {
        walk.problems.push(located("content-unreadable", reasonOf(error), file));
      }
    }
  };
  visit(dir, true);
  return walk;
}
