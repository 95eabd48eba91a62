const SINGLE = 39;
const DOUBLE = 34;
const BACKSLASH = 92;
const COLON = 58;

function isIdent(c: number): boolean {
  return (
    (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95 || c === 36
  );
}

function isBlank(c: number): boolean {
  return c === 32 || c === 9 || c === 10 || c === 13;
}

/** Bare words util.inspect prints as values, and what they are in JSON. */
const WORDS: Readonly<Record<string, string>> = {
  true: "true",
  false: "false",
  null: "null",
  undefined: "null",
};

/**
 * Node's `util.inspect` of an object (what `console.log(error.response.data)` and axios,
 * got and Octokit error dumps print) read as JSON: `{ status: 'error', category:
 * 'INVALID_AUTHENTICATION', retryAfter: 30 }`. Unquoted keys are quoted, single-quoted strings
 * become double-quoted ones, `undefined` becomes null and other bare words (`[Object]`,
 * `[Getter]`) become strings. One pass over the span, no regular expression; the span is
 * bounded by the caller. What still does not parse (a class name before a brace, a
 * `[Function: x]`) is left to the spans inside it.
 */
export function fromJsInspect(span: string): unknown {
  if (!span.includes(": ")) return undefined;
  let out = "";
  let i = 0;
  while (i < span.length) {
    const c = span.charCodeAt(i);
    if (c === SINGLE || c === DOUBLE) {
      // A string: re-quoted with `"`, its escapes kept, an inner `"` escaped.
      let s = "";
      let j = i + 1;
      for (; j < span.length && span.charCodeAt(j) !== c; j++) {
        const d = span.charCodeAt(j);
        if (d === BACKSLASH && j + 1 < span.length) {
          const next = span[j + 1];
          s += next === "'" ? "'" : `\\${next}`;
          j++;
        } else s += d === DOUBLE ? '\\"' : span[j];
      }
      out += `"${s}"`;
      i = j + 1;
    } else if (isIdent(c)) {
      let j = i;
      while (j < span.length && isIdent(span.charCodeAt(j))) j++;
      const word = span.slice(i, j);
      let k = j;
      while (k < span.length && isBlank(span.charCodeAt(k))) k++;
      if (span.charCodeAt(k) === COLON) out += `"${word}"`;
      else if (c >= 48 && c <= 57) out += word;
      else out += WORDS[word] ?? `"${word}"`;
      i = j;
    } else {
      out += span[i];
      i++;
    }
  }
  try {
    return JSON.parse(out) as unknown;
  } catch {
    return undefined;
  }
}
