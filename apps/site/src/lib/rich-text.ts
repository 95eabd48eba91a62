/** A piece of tree text: plain text, `inline code`, or a fenced code block. */
export type Segment =
  { kind: "text" | "code"; value: string } | { kind: "block"; value: string; lang: string };

/**
 * Splits tree text (causes, help, fixes) into paragraphs of text and inline code, and fenced
 * code blocks. Trees are data, not MDX: this tiny subset is all they may use, and both the
 * build (Astro components) and the widget render it as text nodes, never as HTML.
 */
export function paragraphs(text: string): Segment[][] {
  const out: Segment[][] = [];
  const fence = /```([\w-]*)\n([\s\S]*?)```/g;
  let last = 0;
  const prose = (chunk: string) => {
    for (const para of chunk.split(/\n\s*\n/)) {
      const trimmed = para.trim().replace(/\s*\n\s*/g, " ");
      if (trimmed) out.push(inline(trimmed));
    }
  };
  for (const m of text.matchAll(fence)) {
    prose(text.slice(last, m.index));
    out.push([{ kind: "block", lang: m[1] ?? "", value: (m[2] ?? "").replace(/\n$/, "") }]);
    last = m.index + m[0].length;
  }
  prose(text.slice(last));
  return out;
}

/** Text with `backticked` spans as inline code. */
export function inline(text: string): Segment[] {
  return text
    .split(/(`[^`\n]+`)/)
    .filter((part) => part !== "")
    .map((part) =>
      part.length > 2 && part.startsWith("`") && part.endsWith("`")
        ? { kind: "code", value: part.slice(1, -1) }
        : { kind: "text", value: part },
    );
}
