/** What a JSON error body says, from the common shapes providers use. */
export interface JsonBody {
  status?: number;
  authError?: string;
  /** RFC 9457 `type`, when it is not the default `about:blank`. */
  problemType?: string;
  requestId?: string;
  /** Where the body starts in the text. */
  index: number;
}

const MAX_BODY = 64 * 1024;

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function httpStatus(value: unknown): number | undefined {
  const n = typeof value === "string" && /^\d{3}$/.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 400 && n <= 599 ? n : undefined;
}

function shortString(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === "string" && value.length <= 300 && pattern.test(value)
    ? value
    : undefined;
}

/**
 * Finds the first JSON object in the text that parses, and reads RFC 9457 problem details
 * (`type`, `status`), OAuth errors (`error`), and nested `{ "error": { "code": 429 } }` shapes.
 */
export function readJsonBody(text: string): JsonBody {
  let from = text.indexOf("{");
  for (let tries = 0; from !== -1 && tries < 5; tries++) {
    const to = text.lastIndexOf("}");
    if (to <= from || to - from > MAX_BODY) break;
    let parsed: unknown;
    try {
      parsed = JSON.parse(text.slice(from, to + 1));
    } catch {
      from = text.indexOf("{", from + 1);
      continue;
    }
    const body = asRecord(parsed);
    if (!body) break;
    const nested = asRecord(body.error);
    const status =
      httpStatus(body.status) ??
      httpStatus(body.statusCode) ??
      httpStatus(nested?.code) ??
      httpStatus(nested?.status);
    const error =
      typeof body.error === "string"
        ? body.error
        : typeof nested?.type === "string"
          ? nested.type
          : undefined;
    const type = shortString(body.type, /^[\w:/.#?=&%~-]+$/);
    const requestId =
      shortString(body.request_id, /^[\w.:-]{4,100}$/) ??
      shortString(body.requestId, /^[\w.:-]{4,100}$/) ??
      shortString(body.traceId, /^[\w.:-]{4,100}$/);
    return {
      index: from,
      ...(status !== undefined ? { status } : {}),
      ...(error ? { authError: error.toLowerCase() } : {}),
      ...(type && type !== "about:blank" ? { problemType: type } : {}),
      ...(requestId ? { requestId } : {}),
    };
  }
  return { index: 0 };
}
