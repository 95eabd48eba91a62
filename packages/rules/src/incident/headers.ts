/** A status line starts a new response. */
const STATUS_LINE = /^HTTP\/\d/i;
/** The comma an SDK dump prints after a value. */
const TRAILING_COMMA = /,$/;

/** Every pattern this file runs over pasted text, for the registry (paste-patterns.ts). */
export const headerPatterns = {
  "headers.status-line": STATUS_LINE,
  "headers.trailing-comma": TRAILING_COMMA,
};

/** Response headers of a paste: lower-cased name to values, last response last. */
export type HeaderIndex = Map<string, string[]>;

const MAX_LINES = 5000;

function isNameChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 45;
}

function unquote(s: string): string {
  const t = s.trim().replace(TRAILING_COMMA, "").trim();
  const q = t.charAt(0);
  return (q === "'" || q === '"') && t.endsWith(q) && t.length >= 2 ? t.slice(1, -1) : t;
}

/**
 * Reads `Name: value` lines as headers: raw responses, `curl -v` (`< ` lines; `> ` lines are
 * the request and are skipped) and SDK dumps that print headers as `'name': 'value',` or, in
 * Ruby, `"Name" => "value"`. A line
 * scan, not a regex: a paste's size never makes it slow. A new status line starts a new
 * response, whose headers replace the previous ones (a redirect's headers are not the answer's).
 */
export function readHeaders(text: string): { headers: HeaderIndex; lines: Map<string, number> } {
  const headers: HeaderIndex = new Map();
  const lines = new Map<string, number>();
  let from = 0;
  for (let n = 0; from <= text.length && n < MAX_LINES; n++) {
    const nl = text.indexOf("\n", from);
    const end = nl === -1 ? text.length : nl;
    let line = text.slice(from, Math.min(end, from + 1000)).trim();
    const at = from;
    from = end + 1;
    if (line.startsWith(">") || line.startsWith("*")) continue;
    if (line.startsWith("<")) line = line.slice(1).trim();
    if (STATUS_LINE.test(line)) {
      headers.clear();
      lines.clear();
      continue;
    }
    const q = line.charAt(0);
    const named = q === "'" || q === '"' ? line.slice(1) : line;
    // `Name: value`, or a Ruby hash's `"Name" => "value"` (Excon's and Faraday's debug output).
    const arrow = q === '"' || q === "'" ? named.indexOf("=>") : -1;
    const first = named.indexOf(":");
    const colon = arrow > 0 && (first === -1 || arrow < first) ? arrow : first;
    if (colon < 1 || colon > 64) continue;
    let name = colon === arrow ? named.slice(0, colon).trimEnd() : named.slice(0, colon);
    if (name.endsWith("'") || name.endsWith('"')) name = name.slice(0, -1);
    let ok = name.length > 0;
    for (let i = 0; ok && i < name.length; i++) ok = isNameChar(name.charCodeAt(i));
    const value = named.slice(colon + (colon === arrow ? 2 : 1));
    if (!ok || value.startsWith("//")) continue;
    const key = name.toLowerCase();
    const list = headers.get(key) ?? [];
    if (list.length < 10) list.push(unquote(value).slice(0, 300));
    headers.set(key, list);
    if (!lines.has(key)) lines.set(key, at);
  }
  return { headers, lines };
}
