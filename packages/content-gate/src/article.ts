import type { Problem } from "@kb/rules";
import { readFrontmatter, type Frontmatter } from "./frontmatter.ts";
import { checkMdx, type MdxFacts } from "./mdx.ts";
import { located, reasonOf } from "./problems.ts";

/** One article as the gate sees it: its frontmatter, body facts and every problem. */
export interface ArticleReport {
  file: string;
  /** The page address: the path in content/ without `.mdx`. */
  slug: string;
  front: Frontmatter;
  mdx: MdxFacts;
  problems: Problem[];
}

/**
 * Checks one article (`file` is the path shown in messages, relative to the repository root):
 * frontmatter allow-list and schema, plain-text title and description, and an MDX body that
 * stays content. `slug` is the page address (the path in content/ without `.mdx`). Never throws.
 */
export function checkArticleSource(
  file: string,
  text: string,
  slug = file.replace(/^(?:.*\/)?content\//, "").replace(/\.mdx$/, ""),
): ArticleReport {
  try {
    const front = readFrontmatter(text, file);
    const mdx = checkMdx(front.body, file);
    return { file, slug, front, mdx, problems: [...front.problems, ...mdx.problems] };
  } catch (error) {
    const problem = located(
      "content-unreadable",
      `The checks failed on this file: ${reasonOf(error)}`,
      file,
    );
    return {
      file,
      slug,
      front: { body: text, bodyLine: 0, problems: [], locate: () => ({ line: 1, column: 1 }) },
      mdx: { anchors: new Set(), sections: [], links: [], usesCauses: false, problems: [] },
      problems: [problem],
    };
  }
}
