import { parse, type Program } from "acorn";
import GithubSlugger from "github-slugger";
import { mdxToMdast } from "satteri";
import type { Problem } from "@kb/rules";
import { ALLOWED_COMPONENTS, ALLOWED_MODULE, COMPONENT_ATTRIBUTES, SLUG } from "./limits.ts";
import { located } from "./problems.ts";
import { unsafeTextReason, unsafeUrlReason } from "./text.ts";

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

/** The mdast node shape this module reads (satteri materializes standard mdast). */
interface Node {
  type: string;
  value?: string;
  url?: string;
  title?: string | null;
  name?: string | null;
  depth?: number;
  attributes?: { type: string; name?: string; value?: unknown }[];
  children?: Node[];
  position?: { start: { line: number; column: number } };
}

/**
 * The syntax the build parses: Astro's satteri processor turns on GFM and smart punctuation, and
 * Starlight turns on directives (for its `:::note` asides). The same features here, so the gate
 * reads the tree the build compiles.
 */
const FEATURES = { gfm: true, smartPunctuation: true, directive: true };

/** Node types an article may contain; anything else (raw HTML, images…) is refused. */
const CONTENT_NODES = new Set([
  "root",
  "paragraph",
  "heading",
  "thematicBreak",
  "blockquote",
  "list",
  "listItem",
  "table",
  "tableRow",
  "tableCell",
  "emphasis",
  "strong",
  "delete",
  "inlineCode",
  "code",
  "break",
  "text",
  "link",
  "linkReference",
  "definition",
  "footnoteDefinition",
  "footnoteReference",
  "mdxjsEsm",
  "mdxFlowExpression",
  "mdxTextExpression",
  "mdxJsxFlowElement",
  "mdxJsxTextElement",
  // Starlight renders `:::note`-style containers as asides and restores other directives as text.
  "containerDirective",
  "leafDirective",
  "textDirective",
]);

/** Parses JavaScript as the MDX compiler would (an ES module), or returns undefined. */
function program(code: string): Program | undefined {
  try {
    return parse(code, {
      ecmaVersion: "latest",
      sourceType: "module",
      allowHashBang: false,
      locations: true,
    });
  } catch {
    return undefined;
  }
}

const textOf = (node: Node): string =>
  node.type === "text" || node.type === "inlineCode"
    ? (node.value ?? "")
    : `${node.type === "textDirective" ? `:${node.name ?? ""}` : ""}${(node.children ?? []).map(textOf).join("")}`;

/**
 * A block's prose as the reader sees it: text, with the directives Starlight restores to text
 * (`error:invalid_grant` parses as text plus a `:invalid_grant` directive). Code is left out.
 */
const proseOf = (node: Node): string =>
  node.type === "text"
    ? (node.value ?? "")
    : node.type === "inlineCode" || node.type === "code"
      ? " "
      : `${node.type === "textDirective" ? `:${node.name ?? ""}` : ""}${(node.children ?? []).map(proseOf).join("")}`;

/**
 * Parses an article body with satteri, the MDX parser the build itself uses, and checks that it
 * stays content: the one allowed import, no exports, no expression other than comments (judged
 * on the expression's syntax tree), only the allowed components with plain-string attributes,
 * no raw HTML or images, and no link a browser would run or that leaves the site unchecked.
 */
export function checkMdx(body: string, file: string): MdxFacts {
  const facts: MdxFacts = {
    anchors: new Set(["_top"]),
    sections: [],
    links: [],
    usesCauses: false,
    problems: [],
  };
  let root: Node;
  try {
    root = mdxToMdast(body, { features: FEATURES }) as unknown as Node;
  } catch (error) {
    const text = error instanceof Error ? error.message : String(error);
    const m = /^(\d+):(\d+):\s*([\s\S]*)$/.exec(text);
    facts.problems.push(
      located(
        "content-mdx-syntax",
        (m?.[3] ?? text).split("\n")[0] ?? text,
        file,
        Number(m?.[1] ?? 1),
        Number(m?.[2] ?? 1),
      ),
    );
    return facts;
  }
  // Document order, without recursion: nesting depth is the author's to choose.
  const nodes: Node[] = [];
  for (const stack = [root]; stack.length > 0;) {
    const node = stack.pop() as Node;
    nodes.push(node);
    for (let i = (node.children ?? []).length - 1; i >= 0; i--)
      stack.push(node.children?.[i] as Node);
  }
  const report = (id: Problem["id"], message: string, node: Node, line = 0, column?: number) =>
    facts.problems.push(
      located(
        id,
        message,
        file,
        (node.position?.start.line ?? 1) + line,
        column ?? node.position?.start.column ?? 1,
      ),
    );

  // Imports are hoisted: collect them before judging the elements that use them.
  const imported = new Set<string>();
  for (const node of nodes.filter((n) => n.type === "mdxjsEsm")) {
    const value = node.value ?? "";
    const ast = program(value);
    if (!ast) {
      report(
        "content-mdx-import",
        `\`${value.slice(0, 60)}\` is not an import of { Causes } from "${ALLOWED_MODULE}".`,
        node,
      );
      continue;
    }
    for (const statement of ast.body) {
      const text = value.slice(statement.start, statement.end);
      const line = statement.loc ? statement.loc.start.line - 1 : 0;
      const column = line > 0 && statement.loc ? statement.loc.start.column + 1 : undefined;
      if (statement.type.startsWith("Export")) {
        report(
          "content-mdx-export",
          `\`${text.slice(0, 60)}\` exports code from an article.`,
          node,
          line,
          column,
        );
        continue;
      }
      const names =
        statement.type === "ImportDeclaration" &&
        statement.source.value === ALLOWED_MODULE &&
        (statement.attributes ?? []).length === 0 &&
        statement.specifiers.length > 0
          ? statement.specifiers.map((s) =>
              s.type === "ImportSpecifier" &&
              s.imported.type === "Identifier" &&
              s.imported.name === s.local.name
                ? s.local.name
                : "",
            )
          : [""];
      if (names.some((n) => !ALLOWED_COMPONENTS.has(n))) {
        report(
          "content-mdx-import",
          `\`${text.slice(0, 80)}\` is not an import of { ${[...ALLOWED_COMPONENTS].join(", ")} } from "${ALLOWED_MODULE}".`,
          node,
          line,
          column,
        );
        continue;
      }
      for (const n of names) imported.add(n);
    }
  }

  const slugger = new GithubSlugger();
  for (const node of nodes) {
    // Astro blanks the frontmatter before the compiler sees it, so a `yaml`/`toml` node only
    // appears when readFrontmatter already refused the file's frontmatter.
    if (node.type === "yaml" || node.type === "toml") continue;
    if (!CONTENT_NODES.has(node.type)) {
      if (node.type === "image" || node.type === "imageReference")
        report(
          "content-mdx-image",
          "Articles may not embed images: the build imports (runs) a local one, and a remote one comes from another host.",
          node,
        );
      else
        report(
          "content-mdx-component",
          `${node.type === "html" ? "Raw HTML" : `A \`${node.type}\` node`} is not allowed in an article.`,
          node,
        );
      continue;
    }
    switch (node.type) {
      case "heading": {
        const slug = slugger.slug(textOf(node));
        facts.anchors.add(slug);
        if (node.depth === 2) facts.sections.push(slug);
        const reason = unsafeTextReason(proseOf(node));
        if (reason) report("content-unsafe-link", `${reason}.`, node);
        break;
      }
      case "paragraph":
      case "tableCell": {
        const reason = unsafeTextReason(proseOf(node));
        if (reason) report("content-unsafe-link", `${reason}.`, node);
        break;
      }
      case "link":
      case "definition": {
        const reason =
          unsafeUrlReason(node.url ?? "") ??
          (node.title ? unsafeTextReason(node.title) : undefined);
        if (reason)
          report("content-unsafe-link", `\`${(node.url ?? "").slice(0, 60)}\`: ${reason}.`, node);
        else if (node.type === "link")
          facts.links.push({
            url: node.url ?? "",
            line: node.position?.start.line ?? 1,
            column: node.position?.start.column ?? 1,
          });
        break;
      }
      case "containerDirective":
      case "leafDirective":
      case "textDirective": {
        const attributes = (node.attributes ?? {}) as unknown as Record<string, unknown>;
        for (const [key, value] of Object.entries(attributes)) {
          const reason = unsafeTextReason(`${key}=${String(value)}`);
          if (reason) report("content-unsafe-link", `A directive attribute: ${reason}.`, node);
        }
        break;
      }
      case "mdxFlowExpression":
      case "mdxTextExpression":
        // `{/* comment */}` is the one expression that is not code: an empty program.
        if (program(node.value ?? "")?.body.length !== 0)
          report(
            "content-mdx-expression",
            `\`{${(node.value ?? "").slice(0, 40)}}\` is a JavaScript expression, not a comment.`,
            node,
          );
        break;
      case "mdxJsxFlowElement":
      case "mdxJsxTextElement": {
        const name = node.name ?? "<>";
        if (!ALLOWED_COMPONENTS.has(name)) {
          report(
            "content-mdx-component",
            `<${name}> is not an allowed component or element.`,
            node,
          );
          break;
        }
        if (!imported.has(name))
          report(
            "content-mdx-import",
            `<${name}> is used without \`import { ${name} } from "${ALLOWED_MODULE}"\`.`,
            node,
          );
        if (name === "Causes") facts.usesCauses = true;
        for (const attr of node.attributes ?? []) {
          if (
            attr.type !== "mdxJsxAttribute" ||
            (attr.value !== null && typeof attr.value === "object")
          )
            report(
              "content-mdx-expression",
              `An attribute of <${name}> is a JavaScript expression; use a plain "string".`,
              node,
            );
          else if (
            !COMPONENT_ATTRIBUTES[name]?.has(attr.name ?? "") ||
            typeof attr.value !== "string" ||
            !SLUG.test(attr.value)
          )
            report(
              "content-mdx-component",
              `<${name} ${attr.name ?? ""}> is not an attribute it takes (only ${[...(COMPONENT_ATTRIBUTES[name] ?? [])].join(", ")}="<tree id>").`,
              node,
            );
        }
        break;
      }
    }
  }
  return facts;
}
