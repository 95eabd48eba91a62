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

/** Renders `backticked` spans as <code>, the rest as text. */
export function richText(text: string): Node[] {
  return text
    .split(/(`[^`]+`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 2
        ? h("code", {}, part.slice(1, -1))
        : document.createTextNode(part),
    );
}

/** A paragraph of {@link richText}. */
export function para(text: string, attrs: Record<string, string> = {}): HTMLParagraphElement {
  return h("p", attrs, ...richText(text));
}
