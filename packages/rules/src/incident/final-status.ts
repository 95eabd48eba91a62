import { jsonSpans, type JsonFound } from "./json-spans.ts";
import { dotnetStatus, statusSignals } from "./signals.ts";

/** A status code found in the paste and where it starts. */
export interface StatusFound {
  value: number;
  index: number;
}

/**
 * The arrays inside the JSON values found in a paste, in text order. A `status` inside an array
 * item belongs to that item, not to the response: Elasticsearch's `_bulk`, Microsoft Graph's
 * `$batch` and 207 Multi-Status bodies answer 200 and list a status per item.
 */
function nestedArrays(text: string, found: readonly JsonFound[]): { start: number; end: number }[] {
  if (found.length === 0) return [];
  return jsonSpans(text).filter(
    (s) => text[s.start] === "[" && found.some((f) => s.start >= f.index && s.end <= f.end),
  );
}

/**
 * The final HTTP status a paste shows: a curl transcript can show `100 Continue` or redirects
 * first, so the last status of the first kind of signal that appears wins, and a status line
 * beats a status quoted in a message. A status inside a JSON array item is an item's, not the
 * response's, and is skipped.
 */
export function finalStatus(text: string, found: readonly JsonFound[]): StatusFound | undefined {
  const arrays = nestedArrays(text, found);
  for (const pattern of statusSignals) {
    let last: StatusFound | undefined;
    for (const m of text.matchAll(pattern)) {
      // A name (`TooManyRequests`) or a reason phrase (`Too Many Requests`) maps to its number.
      const name = (m[1] ?? "").toLowerCase().split(" ").join("");
      const value = Number(m[1]) || (dotnetStatus[name] ?? 0);
      const inArray = arrays.some((a) => m.index > a.start && m.index < a.end);
      if (value >= 200 && !inArray) last = { value, index: m.index };
    }
    if (last) return last;
  }
  return undefined;
}
