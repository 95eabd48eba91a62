import type { JsonFound } from "./json-spans.ts";

/** What a JSON error body says, from the common shapes providers use. */
export interface JsonBody {
  status?: number;
  authError?: string;
  /** RFC 9457 `type`, when it is not the default `about:blank`. */
  problemType?: string;
  requestId?: string;
  /** Seconds to wait, from a `retry_after` field (Telegram's `parameters`, Dropbox, Discord). */
  retryAfter?: number;
  /** Where the body starts in the text. */
  index: number;
}

const STATUS_TEXT = /^\d{3}$/;
const PROBLEM_TYPE = /^[\w:/.#?=&%~-]+$/;
const REQUEST_ID = /^[\w.:-]{4,100}$/;

/** Every pattern this file runs over (pieces of) pasted text, for the registry. */
export const jsonBodyPatterns = {
  "json-body.status-text": STATUS_TEXT,
  "json-body.problem-type": PROBLEM_TYPE,
  "json-body.request-id": REQUEST_ID,
};

function asRecord(value: unknown): Record<string, unknown> | undefined {
  return typeof value === "object" && value !== null && !Array.isArray(value)
    ? (value as Record<string, unknown>)
    : undefined;
}

function httpStatus(value: unknown): number | undefined {
  const n = typeof value === "string" && STATUS_TEXT.test(value) ? Number(value) : value;
  return typeof n === "number" && Number.isInteger(n) && n >= 400 && n <= 599 ? n : undefined;
}

function shortString(value: unknown, pattern: RegExp): string | undefined {
  return typeof value === "string" && value.length <= 300 && pattern.test(value)
    ? value
    : undefined;
}

/**
 * True when a body reads as an error: `ok: false` (Telegram, Slack) or a message field beside
 * the code. Only then is a bare `error_code`/`code`/`http_code` of 400-599 taken as the status:
 * `{"code": 404, "message": …}` is how many APIs word it, and Meta's `code: 4` is below 400.
 */
function isErrorBody(body: Record<string, unknown>): boolean {
  return (
    body.ok === false ||
    ["error", "message", "description", "error_message", "detail", "title"].some((k) => k in body)
  );
}

/** `retry_after` in seconds; Discord sends a fraction, rounded up here. At most 31 days. */
function retryAfterSeconds(value: unknown): number | undefined {
  return typeof value === "number" && value > 0 && value <= 2_678_400
    ? Math.ceil(value)
    : undefined;
}

/**
 * Reads the first JSON object found in the paste (see `findJson`; an array's first item counts,
 * as Salesforce returns a list of errors): RFC 9457 problem details (`type`, `status`), OAuth
 * errors (`error`), and nested `{ "error": { "code": 429 } }` shapes.
 */
export function readJsonBody(found: readonly JsonFound[]): JsonBody {
  for (const { value, index } of found) {
    const body = asRecord(Array.isArray(value) ? value[0] : value);
    if (!body) continue;
    const nested = asRecord(body.error);
    const status =
      httpStatus(body.status) ??
      httpStatus(body.statusCode) ??
      httpStatus(nested?.code) ??
      httpStatus(nested?.status) ??
      // A Kubernetes `Status` object carries the HTTP status as `code`.
      (body.kind === "Status" ? httpStatus(body.code) : undefined) ??
      (isErrorBody(body)
        ? (httpStatus(body.error_code) ??
          httpStatus(body.http_code) ??
          httpStatus(body.code) ??
          // OpenWeatherMap: `{"cod":"404","message":"city not found"}`.
          httpStatus(body.cod))
        : undefined) ??
      // A JSON:API error object's `status` is the response's (jsonapi.org/format/#error-objects).
      httpStatus(asRecord(Array.isArray(body.errors) ? body.errors[0] : undefined)?.status);
    const retryAfter =
      retryAfterSeconds(body.retry_after) ??
      retryAfterSeconds(nested?.retry_after) ??
      retryAfterSeconds(asRecord(body.parameters)?.retry_after) ??
      // Todoist: `"error_extra":{"retry_after":66}`.
      retryAfterSeconds(asRecord(body.error_extra)?.retry_after);
    const error =
      typeof body.error === "string"
        ? body.error
        : typeof nested?.type === "string"
          ? nested.type
          : undefined;
    const type = shortString(body.type, PROBLEM_TYPE);
    const requestId =
      shortString(body.request_id, REQUEST_ID) ??
      shortString(body.requestId, REQUEST_ID) ??
      shortString(body.traceId, REQUEST_ID);
    return {
      index,
      ...(status !== undefined ? { status } : {}),
      ...(error ? { authError: error.toLowerCase() } : {}),
      ...(type && type !== "about:blank" && type.includes("/") ? { problemType: type } : {}),
      ...(requestId ? { requestId } : {}),
      ...(retryAfter !== undefined ? { retryAfter } : {}),
    };
  }
  return { index: 0 };
}
