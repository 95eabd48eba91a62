import { fromJsInspect } from "./js-inspect.ts";

/** Longest span handed to `JSON.parse`; a body larger than this is not an error body. */
const MAX_SPAN = 64 * 1024;
/** Most spans parsed per paste, so a paste full of brackets stays fast. */
const MAX_ATTEMPTS = 24;
/** Most spans remembered per paste. */
const MAX_SPANS = 512;

const OPEN_BRACE = 123;
const CLOSE_BRACE = 125;
const OPEN_BRACKET = 91;
const CLOSE_BRACKET = 93;
const QUOTE = 34;
const BACKSLASH = 92;
const NEWLINE = 10;

/**
 * Balanced `{…}` and `[…]` spans of the text, outermost first, found in one linear pass: JSON
 * bodies sit anywhere in a paste (after a status line, inside a log line, in an SDK dump), and
 * a regex cannot find balanced brackets without backtracking. Double-quoted strings are skipped
 * inside a span so brackets in messages do not count; a string never crosses a line.
 */
export function jsonSpans(text: string): { start: number; end: number }[] {
  const spans: { start: number; end: number }[] = [];
  const stack: number[] = [];
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === BACKSLASH) i++;
      else if (c === QUOTE || c === NEWLINE) inString = false;
      continue;
    }
    if (c === QUOTE) {
      if (stack.length > 0) inString = true;
    } else if (c === OPEN_BRACE || c === OPEN_BRACKET) {
      if (stack.length < 64) stack.push(i);
      else stack.length = 0;
    } else if (c === CLOSE_BRACE || c === CLOSE_BRACKET) {
      const open = stack.pop();
      if (open === undefined) continue;
      const pairs = text.charCodeAt(open) === (c === CLOSE_BRACE ? OPEN_BRACE : OPEN_BRACKET);
      if (!pairs) stack.length = 0;
      else if (i - open >= 6 && i - open <= MAX_SPAN && spans.length < MAX_SPANS)
        spans.push({ start: open, end: i + 1 });
    }
  }
  return spans.sort((a, b) => a.start - b.start || b.end - a.end);
}

function parsed(json: string): unknown {
  try {
    return JSON.parse(json) as unknown;
  } catch {
    return undefined;
  }
}

/** Python's `repr` of a dict (as SDKs print it) read as JSON, when it has no other quotes. */
function fromPythonRepr(span: string): unknown {
  if (!span.includes("'") || span.includes('"')) return undefined;
  return parsed(
    span
      .replaceAll("'", '"')
      .replaceAll(": True", ": true")
      .replaceAll(": False", ": false")
      .replaceAll(": None", ": null"),
  );
}

/**
 * Ruby's `inspect` of a hash with string keys (`{"status"=>403}`, Ruby 3.4 `{"status" => 403}`),
 * as Ruby SDKs and `p` print a parsed body, read as JSON.
 */
function fromRubyInspect(span: string): unknown {
  if (!span.includes('"=>') && !span.includes('" =>')) return undefined;
  return parsed(
    span
      .replaceAll('" => ', '": ')
      .replaceAll('"=>', '":')
      .replaceAll(":nil", ":null")
      .replaceAll(": nil", ": null"),
  );
}

/** A parsed JSON value and where it starts in the text. */
export interface JsonFound {
  value: unknown;
  index: number;
  /** Where the value ends (exclusive). */
  end: number;
}

/**
 * Every JSON value in the text that parses (outermost spans first; the spans inside one that
 * does not parse are tried in turn), bounded in attempts and size.
 */
export function findJson(text: string): JsonFound[] {
  const found: JsonFound[] = [];
  let covered = -1;
  let attempts = 0;
  for (const span of jsonSpans(text)) {
    if (span.start < covered) continue;
    if (attempts++ >= MAX_ATTEMPTS) break;
    const slice = text.slice(span.start, span.end);
    let value: unknown;
    try {
      value = JSON.parse(slice) as unknown;
    } catch {
      value = fromPythonRepr(slice) ?? fromRubyInspect(slice) ?? fromJsInspect(slice);
    }
    if (value !== undefined && typeof value === "object" && value !== null) {
      found.push({ value, index: span.start, end: span.end });
      covered = span.end;
    }
  }
  return found;
}
