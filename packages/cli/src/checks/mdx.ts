import GithubSlugger from "github-slugger";
import type { Root, RootContent } from "mdast";
import { fromMarkdown } from "mdast-util-from-markdown";
import { mdxFromMarkdown } from "mdast-util-mdx";
import { toString } from "mdast-util-to-string";
import { mdxjs } from "micromark-extension-mdxjs";
import { visit } from "unist-util-visit";
import { problem, type Problem } from "@kb/rules";

/** The components an article may import, and from where. */
export const ALLOWED_MODULE = "@kb/components";
export const ALLOWED_COMPONENTS = new Set(["Causes"]);

/** What the checks need to know about one article's body. */
export interface MdxFacts {
  /** Heading anchors as Astro generates them (github-slugger). */
  anchors: Set<string>;
  /** `##` headings' anchors, for the template structure. */
  sections: string[];
  links: { url: string; line: number; column: number }[];
  /** Whether the article renders its tree's causes. */
  usesCauses: boolean;
  problems: Problem[];
}

const at = (node: { position?: { start: { line: number; column: number } } }, offset: number) => ({
  line: (node.position?.start.line ?? 1) + offset,
  column: node.position?.start.column ?? 1,
});

/**
 * Parses an article body as MDX (the same grammar Astro uses) and checks that it stays
 * content: imports only the allowed components from "@kb/components", no exports, no
 * JavaScript expressions. `lineOffset` maps body lines to file lines (after the frontmatter).
 */
export function checkMdx(body: string, lineOffset: number): MdxFacts {
  const facts: MdxFacts = {
    anchors: new Set(["_top"]),
    sections: [],
    links: [],
    usesCauses: false,
    problems: [],
  };
  let tree: Root;
  try {
    tree = fromMarkdown(body, { extensions: [mdxjs()], mdastExtensions: [mdxFromMarkdown()] });
  } catch (error) {
    const place = error as { line?: number; column?: number; reason?: string; message: string };
    facts.problems.push({
      ...problem("content-mdx-syntax", place.reason ?? place.message),
      line: (place.line ?? 1) + lineOffset,
      column: place.column ?? 1,
    });
    return facts;
  }
  const slugger = new GithubSlugger();
  const imported = new Set<string>();
  const report = (id: Parameters<typeof problem>[0], message: string, node: RootContent) =>
    facts.problems.push({ ...problem(id, message), ...at(node, lineOffset) });
  visit(tree, (node) => {
    switch (node.type) {
      case "heading": {
        const slug = slugger.slug(toString(node));
        facts.anchors.add(slug);
        if (node.depth === 2) facts.sections.push(slug);
        break;
      }
      case "link":
        facts.links.push({ url: node.url, ...at(node, lineOffset) });
        break;
      case "mdxjsEsm": {
        for (const statement of node.value.split(/\n(?=import |export )/)) {
          const text = statement.trim();
          if (text.startsWith("export")) {
            report(
              "content-mdx-export",
              `\`${text.slice(0, 60)}\` exports code from an article.`,
              node,
            );
            continue;
          }
          const m = /^import\s+\{([^}]*)\}\s+from\s+["']([^"']+)["'];?$/.exec(text);
          const names =
            m?.[1]
              ?.split(",")
              .map((n) => n.trim())
              .filter(Boolean) ?? [];
          if (!m || m[2] !== ALLOWED_MODULE || names.some((n) => !ALLOWED_COMPONENTS.has(n))) {
            report(
              "content-mdx-import",
              `\`${text.slice(0, 80)}\` imports something other than { ${[...ALLOWED_COMPONENTS].join(", ")} } from "${ALLOWED_MODULE}".`,
              node,
            );
            continue;
          }
          for (const n of names) imported.add(n);
        }
        break;
      }
      case "mdxFlowExpression":
      case "mdxTextExpression":
        // `{/* comments */}` are the one expression that is not code.
        if (!/^\s*\/\*[\s\S]*\*\/\s*$/.test(node.value)) {
          report(
            "content-mdx-expression",
            `\`{${node.value.slice(0, 40)}}\` is a JavaScript expression.`,
            node,
          );
        }
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "<>";
        if (!ALLOWED_COMPONENTS.has(name)) {
          report("content-mdx-component", `<${name}> is not an allowed component.`, node);
        } else if (!imported.has(name)) {
          report(
            "content-mdx-import",
            `<${name}> is used without \`import { ${name} } from "${ALLOWED_MODULE}"\`.`,
            node,
          );
        }
        if (name === "Causes") facts.usesCauses = true;
        for (const attr of node.attributes) {
          if (attr.type === "mdxJsxExpressionAttribute" || typeof attr.value === "object") {
            report(
              "content-mdx-expression",
              `An attribute of <${name}> is a JavaScript expression; use a plain "string".`,
              node,
            );
          }
        }
        break;
      }
    }
  });
  return facts;
}
