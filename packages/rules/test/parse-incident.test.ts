import { describe, expect, test } from "vitest";
import {
  MAX_INCIDENT_CHARS,
  diagnoseText,
  matchIncident,
  parseIncident,
  signatureNeedles,
} from "../src/index.ts";
import { fixture } from "./support/trees.ts";

describe("parseIncident reads what people paste", () => {
  test.each([
    [
      "curl-401.txt",
      {
        status: 401,
        authError: "invalid_token",
        // "The access token expired": the generic signature names the case invalid_token covers.
        errorCode: "token-expired",
        condition: "auth-invalid-credentials",
      },
    ],
    [
      "raw-429.txt",
      {
        status: 429,
        retryAfter: 30,
        rateLimitRemaining: 0,
        problemType: "https://api.example.com/problems/rate-limited",
        condition: "rate-limited",
        // "You have exceeded 100 requests per minute": the window the message names.
        errorCode: "per-minute-limit",
      },
    ],
    ["retry-after-date.txt", { status: 503, retryAfter: 120, rateLimitRemaining: 0 }],
    [
      "node-axios-timeout.txt",
      // `connect ETIMEDOUT`: the client-connect-timeout signature names the phase.
      { networkError: "ETIMEDOUT", errorCode: "connect-timeout", condition: "timeout" },
    ],
    // The cause's `code: 'ECONNRESET'` is read from Node's inspect output too.
    ["node-fetch-reset.txt", { networkError: "ECONNRESET", errorCode: "ECONNRESET" }],
    ["python-requests-403.txt", { status: 403 }],
    ["python-dns.txt", { networkError: "ENOTFOUND" }],
    ["java-cert.txt", { tlsError: "CERT_HAS_EXPIRED" }],
    ["go-refused.txt", { networkError: "ECONNREFUSED" }],
    ["html-instead-of-json.txt", { contentTypeProblem: "html-instead-of-json" }],
    [
      "oauth-invalid-grant.txt",
      {
        status: 400,
        authError: "invalid_grant",
        // "Refresh token has been revoked": the most specific signature's code, not the bare
        // OAuth error nor the refresh grant's.
        errorCode: "refresh-token-revoked",
        condition: "oauth-error",
      },
    ],
  ])("%s", async (name, facts) => {
    expect((await diagnoseText(fixture("parse-incident", name))).facts).toEqual(facts);
  });

  test("every fact comes with the line that shows it", () => {
    const { evidence } = parseIncident(fixture("parse-incident", "curl-401.txt"));
    expect(evidence).toContainEqual({ fact: "status", value: 401, line: "< HTTP/2 401" });
    expect(evidence.find((e) => e.fact === "authError")?.line).toMatch(
      /^< www-authenticate: Bearer realm="api", error="invalid_token"/,
    );
  });

  test("request and correlation ids are collected for the provider's support", () => {
    expect(parseIncident(fixture("parse-incident", "curl-401.txt")).requestIds).toEqual([
      { header: "x-request-id", value: "req_7f3a9c21b" },
    ]);
    expect(parseIncident(fixture("parse-incident", "raw-429.txt")).requestIds[0]?.header).toBe(
      "x-correlation-id",
    );
  });

  test("rate-limit headers in all three shapes", () => {
    expect(parseIncident(fixture("parse-incident", "raw-429.txt")).rateLimit).toEqual({
      limit: 100,
      remaining: 0,
      reset: 30,
    });
    expect(parseIncident(fixture("parse-incident", "retry-after-date.txt")).rateLimit).toEqual({
      limit: 5000,
      remaining: 0,
      reset: 1795608120,
    });
    expect(parseIncident("RateLimit: limit=10, remaining=3, reset=5").rateLimit).toEqual({
      limit: 10,
      remaining: 3,
      reset: 5,
    });
  });

  test("a curl transcript's final status wins over 100 Continue and redirects", () => {
    const text =
      "< HTTP/1.1 100 Continue\n< HTTP/1.1 301 Moved Permanently\n< HTTP/1.1 422 Unprocessable Entity\n";
    expect(parseIncident(text).facts.status).toBe(422);
  });

  test("status in client error messages", () => {
    expect(parseIncident("AxiosError: Request failed with status code 404").facts.status).toBe(404);
    expect(parseIncident("urllib.error.HTTPError: HTTP Error 502: Bad Gateway").facts.status).toBe(
      502,
    );
    expect(
      parseIncident("java.io.IOException: Server returned HTTP response code: 504 for URL").facts
        .status,
    ).toBe(504);
    expect(
      parseIncident(
        '{"error":{"code":429,"message":"Quota exceeded","status":"RESOURCE_EXHAUSTED"}}',
      ).facts.status,
    ).toBe(429);
  });

  test("text without signals yields no facts", () => {
    expect(parseIncident("it does not work, please help").facts).toEqual({});
    expect(parseIncident("").facts).toEqual({});
  });

  test("a paste over the limit is cut and says so", () => {
    const big = `HTTP/1.1 429 Too Many Requests\n${"x".repeat(MAX_INCIDENT_CHARS + 10)}`;
    const incident = parseIncident(big);
    expect(incident.truncated).toBe(true);
    expect(incident.text.length).toBeLessThanOrEqual(MAX_INCIDENT_CHARS);
    expect(incident.facts.status).toBe(429);
  });

  test("a 1 MB paste is read, cut to the limit, and still yields its facts without leaking", () => {
    const paste = `HTTP/1.1 503 Service Unavailable\nRetry-After: 120\nAuthorization: Bearer zz-${"s".repeat(40)}\n${"log line with nothing useful\n".repeat(40_000)}`;
    expect(paste.length).toBeGreaterThan(1_000_000);
    const incident = parseIncident(paste);
    expect(incident.truncated).toBe(true);
    expect(incident.facts).toEqual({ status: 503, retryAfter: 120 });
    expect(JSON.stringify(incident)).not.toContain("s".repeat(40));
  });

  test("binary and control characters are dropped, HTML stays text", () => {
    const incident = parseIncident(
      "\u0000\u0001HTTP/1.1 500 Internal Server Error\u0007\n<script>alert(1)</script>",
    );
    expect(incident.facts.status).toBe(500);
    expect([...incident.text].some((c) => c.charCodeAt(0) < 9)).toBe(false);
    expect(incident.text).toContain("<script>alert(1)</script>");
  });

  test("non-string input is treated as an empty paste", () => {
    expect(parseIncident(undefined).facts).toEqual({});
    expect(parseIncident(42).facts).toEqual({});
  });
});

describe("parseIncident reads the status, codes and bodies wherever a client prints them", () => {
  test.each([
    ["'$metadata': { httpStatusCode: 400, requestId: 'abc' }", 400],
    ["HttpError: statusCode=503 while calling upstream", 503],
    ["{ status: 401, message: 'Unauthorized' }", 401],
    ['{"status": 429, "title": "Too Many Requests"}', 429],
    ["{'message': 'Not Found', 'status': '404'}", 404],
    ['[2024-03-12T10:15:32Z] "POST /orders HTTP/1.1" 503 UF 0 91', 503],
    ["GET /v1/subscriptions/I-BW452 -> 401", 401],
    ["twilio.base.exceptions.TwilioRestException: HTTP 400 error: Unable to create record", 400],
    ["@hubspot/api-client HttpError: HTTP-Code: 429", 429],
  ])("%s", (text, status) => {
    expect(parseIncident(text).facts.status).toBe(status);
  });

  test.each([
    ["Error: 14 UNAVAILABLE: No connection established", "UNAVAILABLE"],
    [
      "grpc._channel._InactiveRpcError: <_InactiveRpcError of RPC that terminated with:\n\tstatus = StatusCode.DEADLINE_EXCEEDED\n>",
      "DEADLINE_EXCEEDED",
    ],
    ["rpc error: code = ResourceExhausted desc = quota exceeded", "RESOURCE_EXHAUSTED"],
    [
      "io.grpc.StatusRuntimeException: PERMISSION_DENIED: caller lacks permission",
      "PERMISSION_DENIED",
    ],
    [
      'debug_error_string = "UNKNOWN:Error received from peer {grpc_status:14, grpc_message:"x"}"',
      "UNAVAILABLE",
    ],
  ])("gRPC status in %s", async (text, name) => {
    const { facts } = await diagnoseText(text);
    expect(facts.grpcStatus).toBe(name);
    expect(facts.condition).toBe("grpc-error");
  });

  test("a JSON body inside a log line, nested in an SDK wrapper, is read", async () => {
    const text =
      '2024-03-12 ERROR sync failed: {"response": {"data": {"error": {"errors": [{"reason": "userRateLimitExceeded"}], "code": 403}}}} (retrying)';
    const { facts } = await diagnoseText(text);
    expect(facts.errorCode).toBe("userRateLimitExceeded");
    expect(facts.condition).toBe("rate-limited");
    expect(facts.provider).toBe("google");
  });

  test("an array body (Salesforce) and an XML error (S3) give their error codes", async () => {
    expect(
      (
        await diagnoseText(
          '[{"message":"TotalRequests Limit exceeded.","errorCode":"REQUEST_LIMIT_EXCEEDED"}]',
        )
      ).facts,
    ).toMatchObject({ errorCode: "REQUEST_LIMIT_EXCEEDED", condition: "quota-exhausted" });
    expect(
      (await diagnoseText("HTTP/1.1 503 Slow Down\n\n<Error><Code>SlowDown</Code></Error>")).facts,
    ).toMatchObject({ status: 503, errorCode: "SlowDown", condition: "rate-limited" });
  });

  test("headers printed by an SDK as a JS object are read", async () => {
    const text =
      "RequestError [HttpError]: API rate limit exceeded\n  status: 403,\n  headers: {\n    'x-ratelimit-remaining': '0',\n  }";
    expect((await diagnoseText(text)).facts).toMatchObject({
      status: 403,
      condition: "rate-limited",
    });
  });

  test("a specific signal outranks the bare status: 403 with no requests left is a rate limit", async () => {
    const limited = await diagnoseText("HTTP/2 403\nx-ratelimit-remaining: 0\n");
    expect(limited.facts.condition).toBe("rate-limited");
    const denied = await diagnoseText("HTTP/2 403\nx-ratelimit-remaining: 4999\n");
    expect(denied.facts.condition).toBeUndefined();
  });

  test("the matched signature comes with its evidence lines and the provider's docs", async () => {
    const incident = await diagnoseText(
      'HTTP/1.1 400 Bad Request\nContent-Type: application/x-amz-json-1.1\n\n{"__type":"ThrottlingException","message":"Rate exceeded"}',
    );
    const [top] = incident.signatures;
    expect(top).toMatchObject({ id: "aws-throttling", provider: "aws", condition: "rate-limited" });
    expect(top?.evidence).toContain('{"__type":"ThrottlingException","message":"Rate exceeded"}');
    expect(top?.references.every((url) => url.startsWith("https://docs.aws.amazon.com/"))).toBe(
      true,
    );
    expect(incident.candidates).toEqual([]);
  });

  test("a code the signature names (not printed in the paste) is shown on the line that matched", async () => {
    const incident = await diagnoseText(
      "We've had some trouble sending requests in live mode to a webhook endpoint.\n\n" +
        "14 requests had a TLS error, indicating that Stripe could not establish a secure connection with your server.",
    );
    expect(incident.facts.errorCode).toBe("endpoint-unreachable");
    expect(incident.evidence.find((e) => e.fact === "errorCode")?.line).toMatch(/^14 requests/);
  });

  test("reading is synchronous plain data; matching on the page gives what diagnoseText gives", async () => {
    // The widget reads in a Web Worker and matches on the page: what crosses postMessage must
    // survive a structured clone and carry everything the engine needs.
    const paste =
      "HTTP/2 403\nx-ratelimit-remaining: 0\nx-github-request-id: C2A4:3B7F\n\n" +
      '{"message":"You have exceeded a secondary rate limit."}';
    // The worker also finds which of the signatures' phrases and names the paste contains.
    const parsed = parseIncident(paste, signatureNeedles());
    expect(parsed.facts.condition).toBeUndefined();
    expect(parsed.signals.found?.phrases).toContain("secondary rate limit");
    expect(JSON.parse(JSON.stringify(parsed))).toEqual(parsed);
    const onPage = await matchIncident(structuredClone(parsed));
    expect(onPage).toEqual(await diagnoseText(paste));
    expect(onPage.facts).toMatchObject({
      status: 403,
      condition: "rate-limited",
      provider: "github",
    });
    expect(onPage.signatures[0]?.id).toBe("github-secondary-rate-limit");
  });

  test("with no signature, the near misses name the closest trees", async () => {
    const incident = await diagnoseText("the job logs say: rate exceeded, then it stops");
    expect(incident.signatures).toEqual([]);
    expect(incident.candidates.map((c) => c.tree)).toContain("rate-limits");
  });

  test("brackets in a paste never make reading slow (linear scan, bounded parsing)", () => {
    const nested = `${"[{".repeat(20_000)}x`;
    const quotes = `{"a": "${'\\"'.repeat(50_000)}`;
    for (const text of [nested, quotes, "{".repeat(100_000), "[1,".repeat(60_000)]) {
      const t0 = performance.now();
      parseIncident(text);
      expect(performance.now() - t0).toBeLessThan(1000);
    }
  });
});
