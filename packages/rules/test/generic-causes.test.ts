import { describe, expect, test } from "vitest";
import { parseIncident } from "../src/index.ts";
import { land } from "./support/land.ts";

/**
 * Wording that names the cause, not only the kind of failure (the seventh held-out set's
 * lesson: the right tree was reached, but not the cause). Each paste comes from a provider no
 * signature names, so only the shared wording can take the reader to the cause.
 */

describe("a refusal that names a missing permission", () => {
  test.each([
    [
      "not allowed to",
      'HTTP/1.1 403 Forbidden\n\n{"message":"You are not allowed to delete invoices in this workspace."}',
    ],
    ["insufficient privileges", "403 Forbidden: Insufficient privileges to complete the operation"],
    ["no permissions for", '{"status":403,"error":"no permissions for [reports:write]"}'],
  ])("%s reaches a missing scope", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "authentication", cause: "missing-scope" });
  });

  test("a 404 that may be a permission stays a not-found", async () => {
    const paste =
      'HTTP/1.1 404 Not Found\n\n{"message":"Project does not exist or you do not have permission to see it."}';
    expect((await land(paste)).tree).toBe("not-found");
  });
});

describe("a create refused because the resource exists", () => {
  test.each([
    ["409 in other words", 'HTTP/1.1 409 Conflict\n\n{"error":"Email is already registered"}'],
    [
      "422 validation",
      'HTTP/1.1 422 Unprocessable Entity\n\n{"errors":{"slug":["has already been taken"]}}',
    ],
    ["400", 'HTTP/1.1 400 Bad Request\n\n{"message":"A team with this name already exists."}'],
  ])("%s reaches a duplicate resource", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "bad-request", cause: "duplicate-resource" });
  });
});

test("an invalid parameter reaches an invalid value", async () => {
  const paste = 'HTTP/1.1 400 Bad Request\n\n{"error":"Invalid parameter: sort_order"}';
  expect(await land(paste)).toEqual({ tree: "bad-request", cause: "invalid-value" });
});

describe("OAuth refusals that name the cause in their description", () => {
  test.each([
    [
      "a wrong secret answered with unauthorized_client",
      'HTTP/1.1 401 Unauthorized\n\n{"error":"unauthorized_client","error_description":"Invalid client or Invalid client credentials"}',
      "wrong-client-credentials",
    ],
    [
      "an expired Entra secret known by its number alone",
      "token request failed: AADSTS7000222 (client_secret)",
      "wrong-client-credentials",
    ],
    [
      "a client id the Entra tenant does not know, answered with unauthorized_client",
      '{"error":"unauthorized_client","error_description":"AADSTS700016: Application with identifier \'3f9a\' was not found in the directory \'contoso\'."}',
      "wrong-client-credentials",
    ],
    [
      "an Entra scope without /.default",
      "ServerError: invalid_scope: 1002012 - AADSTS1002012: The provided value for scope Mail.Read is not valid.",
      "scope-not-allowed",
    ],
  ])("%s", async (_case, paste, cause) => {
    expect(await land(paste)).toEqual({ tree: "oauth", cause });
  });

  test("a client refused for its grant type is not taken for a wrong secret", async () => {
    const paste =
      '{"error":"unauthorized_client","error_description":"The client is not authorized to use this grant type."}';
    expect(await land(paste)).toEqual({ tree: "oauth", cause: "grant-type-not-enabled" });
  });
});

describe("your own reverse proxy, named by its error page", () => {
  test("Apache httpd's 502 Proxy Error is your proxy's upstream", async () => {
    const paste =
      "HTTP/1.1 502 Proxy Error\nServer: Apache/2.4.58\n\n<h1>Proxy Error</h1>\n<p>The proxy server received an invalid\nresponse from an upstream server.</p>";
    expect(await land(paste)).toEqual({ tree: "server-errors", cause: "own-proxy-upstream" });
  });

  test("Apache httpd's error log alone says the backend refused", async () => {
    const paste =
      "[proxy_http:error] [pid 1] [client 203.0.113.4:5164] AH01114: HTTP: failed to make connection to backend: 127.0.0.1";
    expect(await land(paste)).toEqual({ tree: "server-errors", cause: "own-proxy-no-upstream" });
  });
});

test("a SOAP operation the service does not know reaches an invalid SOAP request", async () => {
  const paste =
    "HTTP/1.1 500\n\n<s:Fault><faultcode>s:Client</faultcode><faultstring>The message with Action 'urn:Quote' cannot be processed at the receiver, due to a ContractFilter mismatch at the EndpointDispatcher.</faultstring></s:Fault>";
  expect(await land(paste)).toEqual({ tree: "bodies", cause: "soap-request-invalid" });
});

describe("Strava's two windows in one header (15 minutes, then the day)", () => {
  const head = "HTTP/1.1 429 Too Many Requests\nDate: Sun, 29 Nov 2026 22:07:41 GMT\n";

  test("a spent 15-minute window waits for the next quarter hour", async () => {
    const paste = `${head}X-RateLimit-Limit: 200,2000\nX-RateLimit-Usage: 213,1184\n\n{"message":"Rate Limit Exceeded"}`;
    expect(parseIncident(paste).facts).toMatchObject({ rateLimitRemaining: 0, retryAfter: 439 });
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "window-quota" });
  });

  test("a spent daily window waits for midnight UTC", async () => {
    const paste = `${head}X-RateLimit-Limit: 200,2000\nX-RateLimit-Usage: 14,2003\n\n{"message":"Rate Limit Exceeded"}`;
    expect(parseIncident(paste).facts).toMatchObject({ rateLimitRemaining: 0, retryAfter: 6739 });
    expect(await land(paste)).toEqual({ tree: "rate-limits", cause: "daily-quota" });
  });

  test("requests left in both windows are counted, with no wait", () => {
    const paste = `HTTP/1.1 200 OK\nX-RateLimit-Limit: 200,2000\nX-RateLimit-Usage: 150,1184\n`;
    const { facts } = parseIncident(paste);
    expect(facts.rateLimitRemaining).toBe(50);
    expect(facts.retryAfter).toBeUndefined();
  });
});

describe("your own gateway, named by what it says about the service behind it", () => {
  test.each([
    [
      "HAProxy's 503 page: no server for the backend",
      "HTTP/1.0 503 Service Unavailable\nCache-Control: no-cache\n\n<html><body><h1>503 Service Unavailable</h1>\nNo server is available to handle this request.\n</body></html>",
      "own-proxy-no-upstream",
    ],
    [
      "Spring Cloud LoadBalancer: no instance registered",
      "java.lang.IllegalStateException: No instances available for inventory-service\n\tat org.springframework.cloud.loadbalancer.blocking.client.BlockingLoadBalancerClient.execute(BlockingLoadBalancerClient.java:98)\n500 Internal Server Error",
      "own-proxy-no-upstream",
    ],
    [
      "Spring Cloud Gateway's response timeout",
      'HTTP/1.1 504 Gateway Timeout\n\n{"status":504,"error":"Gateway Timeout","message":"Response took longer than timeout: PT10S"}',
      "own-proxy-timeout",
    ],
    [
      "Zuul could not connect to the service",
      "com.netflix.zuul.exception.ZuulException: Forwarding error\nCaused by: org.apache.http.conn.HttpHostConnectException: Connect to billing:8080 failed: Connection refused\n500 Internal Server Error",
      "own-proxy-upstream",
    ],
  ])("%s", async (_case, paste, cause) => {
    expect(await land(paste)).toEqual({ tree: "server-errors", cause });
  });
});

describe("a rule of the API refuses the request", () => {
  test.each([
    [
      "an object in a state that forbids it",
      'HTTP/1.1 422 Unprocessable Entity\n\n{"error":"The shipment cannot be cancelled in its current state (in_transit)."}',
    ],
    [
      "items of different accounts in one request",
      'HTTP/1.1 400 Bad Request\n\n{"message":"All line items must belong to the same merchant account."}',
    ],
    [
      "a change too close to a scheduled time",
      'HTTP/1.1 409 Conflict\n\n{"error":"Campaign is too close to its send time to be edited."}',
    ],
  ])("%s reaches a business rule", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "bad-request", cause: "business-rule" });
  });
});

describe("an API that caps how deep paging goes", () => {
  test.each([
    [
      "Elasticsearch's result window",
      '{"error":{"root_cause":[{"type":"illegal_argument_exception","reason":"Result window is too large, from + size must be less than or equal to: [10000] but was [10050]."}]},"status":400}',
    ],
    [
      "a page number past the last allowed page",
      'HTTP/1.1 400 Bad Request\n\n{"error":"Pages beyond the 500th page are not available; narrow the date range."}',
    ],
  ])("%s reaches the page cap", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "pagination", cause: "page-cap" });
  });

  test("a page size above the maximum is an invalid value, not a cap", async () => {
    const paste =
      'HTTP/1.1 400 Bad Request\n\n{"error":"Invalid value for \'per_page\': must be at most 100"}';
    expect((await land(paste)).tree).toBe("bad-request");
  });
});

describe("a web application firewall in front of the API", () => {
  test.each([
    [
      "ModSecurity's audit line",
      '[client 203.0.113.7] ModSecurity: Access denied with code 403 (phase 2). Matched "Operator `Ge\' with parameter `5\'" [id "949110"] [msg "Inbound Anomaly Score Exceeded"] [uri "/v1/search"]',
    ],
    [
      "Imperva's block page",
      "HTTP/1.1 403 Forbidden\n\n<html><body>Request unsuccessful. Incapsula incident ID: 1234000560123456789-12345678901234567</body></html>",
    ],
  ])("%s reaches a WAF block", async (_case, paste) => {
    expect(await land(paste)).toEqual({ tree: "authentication", cause: "waf-block" });
  });
});
