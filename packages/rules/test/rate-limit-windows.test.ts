import { describe, expect, test } from "vitest";

import { parseIncident } from "../src/index.ts";
import { land } from "./support/land.ts";

/**
 * Which window a 429 spent, read off the paste (the tenth held-out set's lesson: the right tree,
 * but the rate-limits tree stopped at a question). Limit headers in the spellings providers use
 * (draft-ietf-httpapi-ratelimit-headers, `x-rate-limit-*`, Kong's per-window names) say the
 * quota is spent and when it resets; a wait of 12 hours or more is a daily quota. Retry-After
 * alone, short, still decides nothing: a burst or secondary limit answers the same.
 */

describe("a spent window, read from the limit headers", () => {
  test.each([
    [
      "RingCentral's x-rate-limit-* headers",
      "HTTP/1.1 429 Too Many Requests\nRetry-After: 60\nX-Rate-Limit-Limit: 10\nX-Rate-Limit-Remaining: 0\nX-Rate-Limit-Window: 60\n",
    ],
    [
      "Kong's per-minute headers (Help Scout)",
      "< HTTP/1.1 429 Too Many Requests\n< X-RateLimit-Limit-Minute: 200\n< X-RateLimit-Remaining-Minute: 0\n< X-RateLimit-Retry-After: 23\n",
    ],
    [
      "BigCommerce's requests-left count",
      "HTTP/2 429\nx-rate-limit-requests-left: 0\nx-rate-limit-requests-quota: 150\nx-rate-limit-time-window-ms: 30000\nx-retry-after: 13\n",
    ],
    [
      "a body that says the limits are reached, with its retry_after (Todoist)",
      '429 Client Error: Too Many Requests for url: https://api.todoist.com/rest/v2/tasks\nb\'{"error":"Too many requests. Limits reached. Try again later","error_extra":{"retry_after":66},"error_tag":"LIMITS_REACHED","http_code":429}\'',
    ],
  ])("%s reaches the window quota", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "window-quota" });
  });

  test("the last response's count is the one read, not an earlier 200's", () => {
    const paste =
      "HTTP/2 200\nx-ratelimit-limit: 100\nx-ratelimit-remaining: 1\n\nHTTP/2 429\nx-ratelimit-limit: 100\nx-ratelimit-remaining: 0\n";
    expect(parseIncident(paste).facts.rateLimitRemaining).toBe(0);
  });

  test("Kong's smallest window count is what is left", () => {
    const paste =
      "HTTP/1.1 429\nX-RateLimit-Remaining-Minute: 0\nX-RateLimit-Remaining-Hour: 950\n";
    expect(parseIncident(paste).facts.rateLimitRemaining).toBe(0);
  });
});

describe("a wait of many hours", () => {
  test("a 429 that asks to wait 4.6 days reaches the daily quota (Figma)", async () => {
    const paste =
      "HTTP/2 429\nretry-after: 396749\nx-figma-plan-tier: pro\nx-figma-rate-limit-type: low\n";
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "daily-quota" });
  });

  test("a short Retry-After alone decides nothing", async () => {
    expect(await land("HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n")).toEqual({
      tree: "rate-limits",
    });
  });

  test("a long Retry-After on a 503 is no spent quota", () => {
    const facts = parseIncident("HTTP/1.1 503 Service Unavailable\nRetry-After: 86400\n").facts;
    expect(facts.rateLimitRemaining).toBeUndefined();
  });
});

describe("a window a provider documents", () => {
  test("ClickUp's 429 is its per-minute limit, even without a Date to read the reset", async () => {
    const paste =
      "$ curl -i https://api.clickup.com/api/v2/task/abc\nHTTP/2 429\nx-ratelimit-limit: 100\nx-ratelimit-remaining: 0\nx-ratelimit-reset: 1717430460\n";
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "window-quota" });
  });
});
