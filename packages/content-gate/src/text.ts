import { TEXT_LIMITS } from "./limits.ts";

/** Schemes a link may use; anything else with a scheme is refused. */
const SAFE_SCHEMES = new Set(["http", "https", "mailto"]);

const NAMED_ENTITIES: Record<string, string> = {
  colon: ":",
  tab: "\t",
  newline: "\n",
  sol: "/",
  bsol: "\\",
  lpar: "(",
  rpar: ")",
  period: ".",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  nbsp: " ",
};

/**
 * Decodes HTML character references (`&#106;`, `&#x6A;`, `&colon;`), with or without the `;`
 * browsers tolerate, so `&#106;avascript:` is judged as `javascript:`. Unknown names decode to
 * nothing, which errs on the side of finding a scheme.
 */
export function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);?/gi, (_, ref: string) => {
    if (ref[0] !== "#") return NAMED_ENTITIES[ref.toLowerCase()] ?? "";
    const code =
      ref[1] === "x" || ref[1] === "X" ? parseInt(ref.slice(2), 16) : Number(ref.slice(1));
    return code > 0 && code <= 0x10ffff ? String.fromCodePoint(code) : "";
  });
}

/**
 * What a browser would take from a link destination: entities decoded, and spaces and control
 * characters dropped (the URL parser strips them at the ends and removes tabs and newlines
 * anywhere, so `java\tscript:` is `javascript:`).
 */
export function normalizeUrl(url: string): string {
  // eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
  return decodeEntities(url).replace(/[\u0000-\u0020\u007f-\u009f\u00ad\u200b-\u200f\ufeff]/g, "");
}

/** Why a link destination is unsafe (a script scheme, an unknown scheme, `//host`), or undefined. */
export function unsafeUrlReason(url: string): string | undefined {
  const n = normalizeUrl(url);
  const scheme = /^([a-z][a-z0-9+.-]*):/i.exec(n)?.[1]?.toLowerCase();
  if (scheme !== undefined) {
    return SAFE_SCHEMES.has(scheme)
      ? undefined
      : `\`${scheme}:\` links are not allowed (only https:, http: and mailto:)`;
  }
  // Browsers read `\` as `/` in URLs, so `/\host` and `\\host` are protocol-relative too.
  if (/^[\\/]{2}/.test(n)) return "a protocol-relative `//host` link leaves the site unchecked";
  return undefined;
}

// Control characters and invisible ones a browser or reader skips, dropped before matching.
// eslint-disable-next-line no-control-regex -- control characters are exactly what is removed
const HIDDEN_IN_TEXT = /[\u0000-\u0008\u000a-\u001f\u007f\u00ad\u200b-\u200f\ufeff\t]/g;

/**
 * Why free text (prose, tree fields, data) holds something that would be a dangerous link if
 * it ever became one: a script or data URL, or a protocol-relative `//host`. Code spans and
 * fenced blocks are shown as code, so they are not looked at.
 */
export function unsafeTextReason(text: string): string | undefined {
  const prose = text.replace(/```[\s\S]*?```/g, " ").replace(/`[^`\n]*`/g, " ");
  const n = decodeEntities(prose).replace(HIDDEN_IN_TEXT, "");
  const script = /(?:^|[^a-z0-9+.-])(javascript|vbscript|livescript|data)\s*:(?=\S)/i.exec(n);
  if (script?.[1]) {
    const name = script[1].toLowerCase();
    // `data:` is common in prose ("the data: field"); as a URL it is followed by a media type.
    if (name !== "data" || /data\s*:\s*[a-z]+\/[a-z0-9.+-]+[;,]/i.test(n.slice(script.index)))
      return `\`${name}:\` URLs are not allowed`;
  }
  if (/(?:^|[\s(<"'=[])[\\/]{2}[^\s\\/]/.test(n))
    return "a protocol-relative `//host` link is not allowed";
  return undefined;
}

/** Control and invisible formatting characters that have no place in a title. */
// eslint-disable-next-line no-control-regex -- these characters are what is refused
const INVISIBLE = /[\u0000-\u001f\u007f-\u009f\u00ad\u200b-\u200f\u2028-\u202e\u2060-\u2069\ufeff]/;

/** Why a title or description is not plain text within its limits, or undefined. */
export function plainTextReason(
  field: keyof typeof TEXT_LIMITS,
  value: string,
): string | undefined {
  const { max } = TEXT_LIMITS[field];
  const invisible = INVISIBLE.exec(value)?.[0];
  if (invisible !== undefined)
    return `\`${field}\` contains the control character U+${invisible.codePointAt(0)?.toString(16).toUpperCase().padStart(4, "0")}`;
  const markup = /[<>{}]/.exec(value)?.[0];
  if (markup) return `\`${field}\` contains \`${markup}\`: it is shown as plain text, not markup`;
  if (/&(?:#x[0-9a-f]+|#\d+|[a-z][a-z0-9]*);/i.test(value))
    return `\`${field}\` contains an HTML entity: write the character itself`;
  const unsafe = unsafeTextReason(value);
  if (unsafe) return `\`${field}\`: ${unsafe}`;
  if (value.length > max)
    return `\`${field}\` must be at most ${max} characters long (it has ${value.length})`;
  return undefined;
}
