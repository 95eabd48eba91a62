import { isPair, isScalar, LineCounter, parseDocument, visit, type Document } from "yaml";
import type { Problem } from "@kb/rules";
import { located } from "./problems.ts";
import { plainTextReason, unsafeTextReason, unsafeUrlReason } from "./text.ts";

/** A tree's `section`: an article slug and, optionally, a heading anchor; never a URL. */
const SECTION = /^[a-z0-9]+(?:-[a-z0-9]+)*(?:\/[a-z0-9]+(?:-[a-z0-9]+)*)*(?:#[a-z0-9_-]+)?$/;

/** Why a string field of a YAML data file could become an unsafe link, or undefined. */
function fieldReason(key: string, value: string): string | undefined {
  if (key === "url") {
    const reason = unsafeUrlReason(value);
    if (reason) return reason;
    return /^https?:\/\/[^/\\]/i.test(value.trim()) ? undefined : "must be a full https:// URL";
  }
  if (key === "section")
    return SECTION.test(value)
      ? undefined
      : "must be `article-slug#anchor`, never a URL or `//host`";
  return unsafeTextReason(value);
}

/**
 * Checks every string of a YAML data file (`content/error-codes.yaml`, a tree) for anything
 * that would publish an unsafe link: `url` fields are https URLs, `section` fields are
 * `slug#anchor`, and no text holds a script URL or `//host`. With `strict` (files the build
 * parses with another YAML reader), anchors, aliases, merge keys and tags are refused too.
 * YAML syntax errors are left to the file's own checks.
 */
export function checkDataSource(
  text: string,
  file: string,
  options: { strict: boolean },
): Problem[] {
  const counter = new LineCounter();
  const doc: Document = parseDocument(text, { lineCounter: counter, merge: false });
  if (doc.errors.length > 0) return [];
  const problems: Problem[] = [];
  const report = (id: Problem["id"], message: string, offset: number) => {
    const pos = counter.linePos(offset);
    problems.push(located(id, message, file, pos.line, pos.col));
  };
  visit(doc, {
    Alias(_, node) {
      if (options.strict)
        report(
          "content-frontmatter-yaml",
          `The alias \`*${node.source}\` is not allowed.`,
          node.range?.[0] ?? 0,
        );
    },
    Pair(_, pair) {
      if (options.strict && isScalar(pair.key) && pair.key.value === "<<")
        report(
          "content-frontmatter-yaml",
          "The merge key `<<` is not allowed.",
          pair.key.range?.[0] ?? 0,
        );
      if (!isPair(pair) || !isScalar(pair.value) || typeof pair.value.value !== "string") return;
      const key = isScalar(pair.key) ? String(pair.key.value) : "";
      const offset = pair.value.range?.[0] ?? 0;
      // Error codes (strict): the title is a page title, the id a page address /errors/<id>/.
      const title =
        options.strict && key === "title" ? plainTextReason("title", pair.value.value) : undefined;
      if (title) report("content-plain-text", `${title}.`, offset);
      else if (options.strict && key === "id" && !/^[A-Za-z0-9_-]+$/.test(pair.value.value))
        report(
          "content-unsafe-link",
          "`id` becomes the page address /errors/<id>/: use letters, digits, `_` and `-` only.",
          offset,
        );
      else {
        const reason = fieldReason(key, pair.value.value);
        if (reason) report("content-unsafe-link", `\`${key}\`: ${reason}.`, offset);
      }
    },
    Seq(_, seq) {
      for (const item of seq.items)
        if (isScalar(item) && typeof item.value === "string") {
          const reason = unsafeTextReason(item.value);
          if (reason) report("content-unsafe-link", `${reason}.`, item.range?.[0] ?? 0);
        }
    },
    Node(_, node) {
      if (!options.strict) return;
      const offset = node.range?.[0] ?? 0;
      if (node.anchor)
        report(
          "content-frontmatter-yaml",
          `The anchor \`&${node.anchor}\` is not allowed.`,
          offset,
        );
      if (node.tag)
        report("content-frontmatter-yaml", `The tag \`${node.tag}\` is not allowed.`, offset);
    },
  });
  return problems;
}
