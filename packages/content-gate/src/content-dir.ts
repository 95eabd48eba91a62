import { existsSync } from "node:fs";
import { dirname, relative } from "node:path";
import type { Problem } from "@kb/rules";
import { checkArticleSource, type ArticleReport } from "./article.ts";
import { checkDataSource } from "./data.ts";
import { walkFolder, type GateFile } from "./files.ts";
import { ERROR_CODES_FILE } from "./limits.ts";
import { located, reasonOf } from "./problems.ts";

/** Where the gate looks. Paths in problems are relative to `root`. */
export interface GateOptions {
  /** The repository root; defaults to the content folder's parent. */
  root?: string;
  /** The trees folder (packages/rules/trees), whose links and files are checked too. */
  treesDir?: string;
}

/** Everything the gate read, for checks across files (`kb check` links, anchors, trees). */
export interface ContentReport {
  problems: Problem[];
  articles: ArticleReport[];
  /** content/error-codes.yaml, when present and readable. */
  errorCodes?: GateFile;
  /** The tree files, when `treesDir` was given. */
  trees: GateFile[];
}

/**
 * Reads content/ (and the trees) as the build would and applies every content rule. Never
 * throws: a failure becomes a `content-unreadable` problem.
 */
export function readContent(dir: string, options: GateOptions = {}): ContentReport {
  const root = options.root ?? dirname(dir);
  const report: ContentReport = { problems: [], articles: [], trees: [] };
  try {
    if (!existsSync(dir)) {
      report.problems.push(
        located("content-unreadable", `The content folder ${dir} does not exist.`, dir),
      );
      return report;
    }
    const content = walkFolder(dir, root, "content");
    report.problems.push(...content.problems);
    for (const file of content.articles) {
      const slug = relative(dir, file.path)
        .split("\\")
        .join("/")
        .replace(/\.mdx$/, "");
      const article = checkArticleSource(file.rel, file.text, slug);
      report.articles.push(article);
      report.problems.push(...article.problems);
    }
    report.errorCodes = content.data.find((f) => f.rel.endsWith(ERROR_CODES_FILE));
    if (report.errorCodes)
      report.problems.push(
        ...checkDataSource(report.errorCodes.text, report.errorCodes.rel, { strict: true }),
      );
    if (options.treesDir && existsSync(options.treesDir)) {
      const trees = walkFolder(options.treesDir, root, "trees");
      report.problems.push(...trees.problems);
      report.trees = trees.data;
      for (const tree of trees.data)
        report.problems.push(...checkDataSource(tree.text, tree.rel, { strict: false }));
    }
  } catch (error) {
    report.problems.push(
      located("content-unreadable", `The checks failed: ${reasonOf(error)}`, dir),
    );
  }
  return report;
}

/** Every content-gate problem of a content folder (and its trees), for `kb check` and the build. */
export async function checkContentDir(dir: string, options: GateOptions = {}): Promise<Problem[]> {
  return Promise.resolve(readContent(dir, options).problems);
}
