import { describe, expect, test } from "vitest";

import { parseIncident } from "../src/index.ts";
import { land } from "./support/land.ts";

/**
 * The reason a refusal gives, in words many APIs share (signatures/generic-reasons.yaml and the
 * window phrases of generic-limits.yaml): the eighth held-out set reached the right tree but
 * not the cause. Each paste here comes from a source no signature names, so only the shared
 * wording can take the reader to the cause.
 */

describe("a required field left out", () => {
  test.each([
    [
      "a 400 in Django REST Framework's words",
      'HTTP/1.1 400 Bad Request\n\n{"customer": ["This field is required."]}',
    ],
    [
      "a 422 in Rails' words",
      'HTTP/1.1 422 Unprocessable Entity\n\n{"errors":{"title":["can\'t be blank"]}}',
    ],
    [
      "a JSON Schema validator",
      'HTTP/1.1 400 Bad Request\n\n{"message":"\'amount\' is a required property"}',
    ],
  ])("%s reaches a missing field", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "bad-request", cause: "missing-field" });
  });

  test("a token request without its redirect_uri stays with OAuth", async () => {
    const paste =
      'HTTP/1.1 400 Bad Request\n\n{"error":"invalid_request","error_description":"Missing required parameter: redirect_uri"}';
    expect((await land(paste)).tree).toBe("oauth");
  });
});

describe("an address not on the allow-list", () => {
  test.each([
    [
      "not on the allowlist",
      'HTTP/1.1 403 Forbidden\n\n{"errors":[{"code":"forbidden","message":"Your IP address is not on the allowlist for API access"}]}',
    ],
    [
      "an IP address restriction",
      'HTTP/2 403\n\n{"error":{"code":403,"message":"The provided API key has an IP address restriction. The originating IP address of the call (203.0.113.9) violates this restriction."}}',
    ],
  ])("%s reaches ip-not-allowed", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "authentication", cause: "ip-not-allowed" });
  });

  test("a limit per address stays a rate limit", async () => {
    const paste =
      'HTTP/1.1 403 Forbidden\n\n{"message":"Rate limit exceeded for IP address 203.0.113.9, not allowed until 12:00"}';
    expect(await land(paste)).not.toEqual({ tree: "authentication", cause: "ip-not-allowed" });
  });
});

describe("a scope or key permission the caller lacks", () => {
  test.each([
    [
      "Zoho's scope mismatch",
      'HTTP/1.1 401 Unauthorized\n\n{"code":"OAUTH_SCOPE_MISMATCH","message":"invalid oauth scope to access this URL","status":"error"}',
    ],
    [
      "a missing required scope",
      'HTTP/1.1 403 Forbidden\n\n{"message":"Token is missing required scope: write:orders"}',
    ],
    [
      "a key restricted to sending",
      'HTTP/1.1 401 Unauthorized\n\n{"message":"This API key is restricted to read-only access."}',
    ],
  ])("%s reaches a missing scope", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "authentication", cause: "missing-scope" });
  });
});

test("a 402 for a spent credit reaches the account, not a declined card", async () => {
  const paste =
    'HTTP/1.1 402 Payment Required\n\n{"error":"You have exceeded your monthly included credits. Add a spending limit to continue."}';
  expect(await land(paste)).toEqual({ tree: "authentication", cause: "account-not-entitled" });
});

test("a batch that lists its refused records reaches the per-item failures", async () => {
  const paste =
    'HTTP/1.1 400 Bad Request\n\n{"code":400,"num_records_imported":48,"failed_records":[{"index":3,"message":"invalid timestamp"}]}';
  expect(await land(paste)).toEqual({ tree: "errors-in-success", cause: "bulk-item-failures" });
});

describe("a limit that names its window in calls", () => {
  test("calls / minute reaches the window quota", async () => {
    const paste =
      'HTTP/1.1 429 Too Many Requests\n\n{"message":"Free keys are limited to 20 API calls / minute."}';
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "window-quota" });
  });

  test("calls per day reaches the daily quota", async () => {
    const paste =
      'HTTP/1.1 429 Too Many Requests\n\n{"message":"You exceeded the limit of 500 calls per day."}';
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "daily-quota" });
  });
});

test("413's reason phrase without a status reaches a payload too large", async () => {
  const paste = "lib/client.rb:101:in `handle_response': Payload Too Large (Client::Error)";
  expect(await land(paste)).toEqual({ tree: "bad-request", cause: "payload-too-large" });
});

describe("Go's dial timeout", () => {
  test("dial tcp … i/o timeout is a connect timeout", async () => {
    const paste =
      'sync failed: Get "https://api.example.com/v1/stock": dial tcp 203.0.113.10:443: i/o timeout';
    expect(await land(paste)).toEqual({ tree: "network", cause: "firewall-drop" });
  });

  test("a DNS lookup that timed out is not", async () => {
    const paste =
      'Get "https://api.example.com/v1": dial tcp: lookup api.example.com on 10.96.0.10:53: read udp 10.1.2.3:41234->10.96.0.10:53: i/o timeout';
    expect(await land(paste)).not.toEqual({ tree: "network", cause: "firewall-drop" });
  });
});

describe("a quota that names its period", () => {
  test.each([
    [
      "a daily quota",
      'HTTP/1.1 429 Too Many Requests\n\n{"error":"Daily quota exceeded for this project. Try again tomorrow."}',
    ],
    [
      "a daily_quota code",
      'HTTP/1.1 429 Too Many Requests\n\n{"code":"daily_quota_exceeded","message":"Too many requests"}',
    ],
    [
      "a monthly quota",
      'HTTP/1.1 429 Too Many Requests\n\n{"message":"You have used your monthly quota of 50,000 events."}',
    ],
  ])("%s reaches the daily or monthly quota", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "daily-quota" });
  });

  test("a reset given as a date-time waits until then (Mastodon-compatible servers)", async () => {
    const paste =
      'HTTP/2 429\ndate: Mon, 30 Nov 2026 10:02:30 GMT\nx-ratelimit-limit: 300\nx-ratelimit-remaining: 0\nx-ratelimit-reset: 2026-11-30T10:05:00.000000Z\n\n{"error":"Too many requests"}';
    expect(parseIncident(paste).facts).toMatchObject({ rateLimitRemaining: 0, retryAfter: 150 });
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "window-quota" });
  });
});

test("a 429 for want of a free instance is too many requests at once", async () => {
  const paste =
    "HTTP/1.1 429 Too Many Requests\n\nRejected: there was no available instance to serve the request.";
  expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "burst-concurrency" });
});

describe("a connect timeout in Java's words", () => {
  test.each([
    ["java.net on Windows", "java.net.ConnectException: Connection timed out: connect"],
    [
      "Apache HttpClient",
      "org.apache.http.conn.HttpHostConnectException: Connect to api.example.com:443 [api.example.com/203.0.113.10] failed: Connection timed out",
    ],
  ])("%s reaches a firewall drop", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "network", cause: "firewall-drop" });
  });
});

test("Android's missing trust anchor is an untrusted chain", async () => {
  const paste =
    "javax.net.ssl.SSLHandshakeException: java.security.cert.CertPathValidatorException: Trust anchor for certification path not found.\n    at okhttp3.internal.connection.RealConnection.connectTls(RealConnection.kt:379)";
  expect(await land(paste)).toEqual({ tree: "network", cause: "untrusted-chain" });
});
