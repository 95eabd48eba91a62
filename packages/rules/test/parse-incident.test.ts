import { describe, expect, test } from "vitest";
import { MAX_INCIDENT_CHARS, parseIncident } from "../src/index.ts";
import { fixture } from "./support/trees.ts";

describe("parseIncident reads what people paste", () => {
  test.each([
    ["curl-401.txt", { status: 401, authError: "invalid_token" }],
    [
      "raw-429.txt",
      {
        status: 429,
        retryAfter: 30,
        rateLimitRemaining: 0,
        problemType: "https://api.example.com/problems/rate-limited",
      },
    ],
    ["retry-after-date.txt", { status: 503, retryAfter: 120, rateLimitRemaining: 0 }],
    ["node-axios-timeout.txt", { networkError: "ETIMEDOUT" }],
    ["node-fetch-reset.txt", { networkError: "ECONNRESET" }],
    ["python-requests-403.txt", { status: 403 }],
    ["python-dns.txt", { networkError: "ENOTFOUND" }],
    ["java-cert.txt", { tlsError: "CERT_HAS_EXPIRED" }],
    ["go-refused.txt", { networkError: "ECONNREFUSED" }],
    ["html-instead-of-json.txt", { contentTypeProblem: "html-instead-of-json" }],
    ["oauth-invalid-grant.txt", { status: 400, authError: "invalid_grant" }],
  ])("%s", (name, facts) => {
    expect(parseIncident(fixture("parse-incident", name)).facts).toEqual(facts);
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
