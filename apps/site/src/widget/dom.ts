import { inline, paragraphs, type Segment } from "../lib/rich-text.ts";

type Child = Node | string | false | null | undefined;

/**
 * Creates an element. Text is always set as text, never parsed as HTML, so nothing a reader
 * pastes or a link carries can become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string | boolean | undefined> = {},
  ...children: Child[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, "");
    else if (typeof value === "string") el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

function segmentNode(s: Segment): Node {
  return s.kind === "text" ? document.createTextNode(s.value) : h("code", {}, s.value);
}

/** One line of tree text: `backticked` spans become <code>. */
export function richText(text: string): Node[] {
  return inline(text).map(segmentNode);
}

/** Tree text as paragraphs and fenced code blocks. */
export function blocks(text: string): Node[] {
  return paragraphs(text).map((segments) => {
    const [first] = segments;
    return first?.kind === "block"
      ? h("pre", {}, h("code", {}, first.value))
      : h("p", {}, ...segments.map(segmentNode));
  });
}
