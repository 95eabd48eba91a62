import { inline, paragraphs, type Segment } from "../lib/rich-text.ts";

/** A child of an element: a node, text, or nothing (`false`, `null`, `undefined` are skipped). */
export type Child<N> = N | string | false | null | undefined;

/** Attributes; `on<event>` functions are listeners (kept in the browser, dropped in HTML). */
export type Attrs = Record<string, string | boolean | undefined | ((event: Event) => void)>;

/**
 * Makes an element. The widget's views are written once against this signature and built
 * twice: as DOM nodes in the browser (`domBuilder`) and as HTML at build time
 * (`html-builder.ts`), so the first question is in the page before any script runs.
 */
export type Builder<N> = (tag: string, attrs?: Attrs, ...children: Child<N>[]) => N;

/**
 * Builds DOM elements. Text is always set as text, never parsed as HTML, so nothing a reader
 * pastes or a link carries can become markup.
 */
export function h<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Attrs = {},
  ...children: Child<Node>[]
): HTMLElementTagNameMap[K] {
  const el = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (typeof value === "function") el.addEventListener(name.slice(2), value);
    else if (value === true) el.setAttribute(name, "");
    else if (typeof value === "string") el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
}

/** Builds SVG elements (the diagram), in the SVG namespace; text is set as text. */
export const svgBuilder: Builder<Element> = (tag, attrs = {}, ...children) => {
  const el = document.createElementNS("http://www.w3.org/2000/svg", tag);
  for (const [name, value] of Object.entries(attrs)) {
    if (value === true) el.setAttribute(name, "");
    else if (typeof value === "string") el.setAttribute(name, value);
  }
  for (const child of children) if (child) el.append(child);
  return el;
};

/** `h` as a `Builder`, for the shared views. */
export const domBuilder: Builder<HTMLElement> = (tag, attrs, ...children) =>
  h(tag as "div", attrs, ...children);

function segment<N>(b: Builder<N>, s: Segment): N | string {
  return s.kind === "text" ? s.value : b("code", {}, s.value);
}

/** One line of tree text: `backticked` spans become <code>. */
export function richText<N>(b: Builder<N>, text: string): (N | string)[] {
  return inline(text).map((s) => segment(b, s));
}

/** Tree text as paragraphs and fenced code blocks. */
export function blocks<N>(b: Builder<N>, text: string): N[] {
  return paragraphs(text).map((segments) => {
    const [first] = segments;
    return first?.kind === "block"
      ? b("pre", {}, b("code", {}, first.value))
      : b("p", {}, ...segments.map((s) => segment(b, s)));
  });
}
