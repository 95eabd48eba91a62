import { describe, expect, test } from "vitest";
import { parseIncident } from "../src/index.ts";
import { land } from "./support/land.ts";

/**
 * Wording that many APIs and clients share (the sixth held-out set's lesson): a limit named by
 * its code or window whatever the status, OAuth codes printed outside a JSON body, credential
 * and signing refusals without a status, circuit breakers, CloudFront's own error page. Each
 * paste below is a provider no signature names, so only the shared wording can decide it.
 */

describe("a limit named by its code or its window, whatever the status", () => {
  test.each([
    [
      "an hourly limit answered with 400 and no requests left",
      'ApiException: (400)\nHTTP response headers: HTTPHeaderDict({\'X-RateLimit-Remaining\': \'0\'})\nHTTP response body: b\'{"errorCode":"HOURLY_APIINVOCATION_LIMIT_EXCEEDED","message":"The hourly limit is 3000 and has been exceeded."}\'',
      "window-quota",
    ],
    [
      "tokens per minute",
      "Error code: 429 - {'error': {'message': \"Rate limit reached on tokens per minute (TPM): Limit 12000, Used 11302\"}}",
      "window-quota",
    ],
    [
      "requests over a 24 hour period",
      "429 {code: 'rateLimited', message: 'You have made too many requests recently. Accounts are limited to 100 requests over a 24 hour period.'}",
      "daily-quota",
    ],
    [
      "a per-second limit",
      '[status: 429, body: {"error": {"code": "TOO_MANY_REQUESTS_PER_SECOND", "description": "You have exceeded the queries-per-second limit for this endpoint."}}]',
      "burst-concurrency",
    ],
  ])("%s goes to rate limits and its cause", async (_case, paste, cause) => {
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause });
  });

  test("a code that names a limit routes to rate limits with any status", async () => {
    expect((await land('HTTP/1.1 400 Bad Request\n\n{"code":"API_LIMIT_EXCEEDED"}')).tree).toBe(
      "rate-limits",
    );
  });

  test("a request too large for the per-minute budget is a payload problem, not a limit", async () => {
    const paste =
      '{"error":{"message":"Request too large for model `m` on tokens per minute (TPM): Limit 6000, Requested 15041, please reduce your message size and try again.","code":"rate_limit_exceeded"}}\nHTTP 413';
    expect(await land(paste)).toEqual({ tree: "bad-request", cause: "payload-too-large" });
  });
});

describe("OAuth error codes printed outside a JSON body", () => {
  test("golang.org/x/oauth2's quoted code is read as the error code", () => {
    const paste = '2026/11/29 22:01:12 fetching token: oauth2: "invalid_client"';
    expect(parseIncident(paste).facts.errorCode).toBe("invalid_client");
  });

  test("a quoted code that is no OAuth code is not taken", () => {
    expect(parseIncident('failed: "something_else" "x"').signals.codes).toEqual([]);
  });

  test.each([
    ['fetching token: oauth2: "invalid_client"', undefined],
    [
      'token exchange failed: oauth2: "bad_verification_code" "The code passed is incorrect or expired."',
      "code-reused-or-expired",
    ],
    ['oauth2: cannot fetch token: 400 Bad Request\nResponse: {"message":"bad"}', undefined],
  ])("%s goes to the OAuth tree", async (paste, cause) => {
    const landed = await land(paste);
    expect(landed.tree).toBe("oauth");
    expect(landed.cause).toBe(cause);
  });
});

describe("consent refusals", () => {
  test.each([
    ['{"error":"consent_required"}', "consent-missing"],
    [
      '{"error":"invalid_request","error_description":"AADSTS90094: The grant requires admin permission."}',
      "admin-consent-required",
    ],
  ])("%s reaches %s", async (paste, cause) => {
    expect(await land(paste)).toEqual({ tree: "oauth", cause });
  });
});

describe("refusals worded the same by many APIs", () => {
  test.each([
    ["razorpay.errors.BadRequestError: The api key provided is invalid", "authentication"],
    ['{"errors":[{"errorId":1001,"message":"Invalid access token"}]}', "authentication"],
    ['{"messages":[{"status":"4","error-text":"Bad Credentials"}]}', "authentication"],
    ['weather.js:42 lookup failed {"cod":"404","message":"city not found"}', "not-found"],
    [
      "{ message: \"Invalid Signature 3c5e8f. String to sign - 'public_id=u_1&timestamp=1764450112'.\", http_code: 401 }",
      "signed-requests",
    ],
    [
      "{ message: 'Stale request - reported time is 2026-11-29 19:41:06 +0000', http_code: 400 }",
      "signed-requests",
    ],
  ])("%s → %s", async (paste, tree) => {
    expect((await land(paste)).tree).toBe(tree);
  });

  test.each([
    ["a webhook's invalid signature", "POST /webhooks/shop 400: Invalid signature"],
    ["a JWT's invalid signature", "JsonWebTokenError: invalid signature\n    at verify.js:171:19"],
    [
      "a date field's invalid timestamp",
      '400 {"field":"created_at","message":"Invalid timestamp"}',
    ],
  ])("%s is not taken for a signed API request", async (_case, paste) => {
    expect((await land(paste)).tree).not.toBe("signed-requests");
  });

  test("a status code in parentheses is read", () => {
    const paste =
      "CheckoutApiException: The API response status code (422) does not indicate success.";
    expect(parseIncident(paste).facts.status).toBe(422);
  });
});

describe("the upstream failed, seen from a breaker or a CDN", () => {
  test.each([
    "Polly.CircuitBreaker.BrokenCircuitException: The circuit is now open and is not allowing calls.",
    "io.github.resilience4j.circuitbreaker.CallNotPermittedException: CircuitBreaker 'rates' is OPEN and does not permit further calls",
    "Error: Breaker is open\n    at CircuitBreaker.call (node_modules/opossum/lib/circuit.js:700:17)",
  ])("an open circuit breaker goes to server errors: %s", async (paste) => {
    expect((await land(paste)).tree).toBe("server-errors");
  });

  const page = (status: number, line: string) =>
    `HTTP/2 ${status}\nserver: CloudFront\nx-cache: Error from cloudfront\n\n<H1>${status} ERROR</H1>\n<H2>The request could not be satisfied.</H2>\n${line}\n<PRE>\nGenerated by cloudfront (CloudFront)\n</PRE>`;

  test("CloudFront's own 502 page goes to its origin connection cause", async () => {
    expect(await land(page(502, "CloudFront wasn't able to connect to the origin."))).toEqual({
      tree: "cdn-edge",
      cause: "cloudfront-origin-connection",
    });
  });

  test("CloudFront's 403 Request blocked page is a WAF block", async () => {
    expect(await land(page(403, "Request blocked."))).toEqual({
      tree: "authentication",
      cause: "waf-block",
    });
  });
});
