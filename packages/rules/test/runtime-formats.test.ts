import { describe, expect, test } from "vitest";
import { parseIncident } from "../src/index.ts";
import { land } from "./support/land.ts";

/**
 * Formats the ninth held-out set showed the reader missing, read as a class wherever they
 * appear: how more clients, load testers and runtimes print a status, a timeout or a reset
 * stream, and where a gateway's own failure or a 2xx with errors must land.
 */
describe("statuses printed by more clients and tools", () => {
  test.each([
    [
      "OkHttp's logging interceptor",
      "<-- 401 Unauthorized https://api.example.com/v1/me (52ms)",
      401,
    ],
    ["a log arrow", "push.apns <- 410 apns-id=E2B7D4A1 body={}", 410],
    ["prawcore", "prawcore.exceptions.ServerError: received 503 HTTP response", 503],
    [
      "Micronaut's HTTP client",
      "DEBUG io.micronaut.http.client - Received response 401 from https://payments.example/v1",
      401,
    ],
    [
      "a Python exception's args",
      "mastodon.errors.MastodonAPIError: ('Mastodon API returned error', 403, 'Forbidden', 'x')",
      403,
    ],
    [
      "Artillery's summary",
      "http.codes.202: .......... 612\nhttp.codes.429: .......... 2388\nhttp.requests: ..... 3000",
      429,
    ],
    [
      "hey's status distribution",
      "Status code distribution:\n  [200]\t612 responses\n  [503]\t88 responses",
      503,
    ],
  ])("%s", (_name, text, status) => {
    expect(parseIncident(text).facts.status).toBe(status);
  });

  test("a status inside a JSON array item stays the item's", () => {
    expect(parseIncident('{"items":[{"status":404},{"status":200}]}').facts.status).toBeUndefined();
  });
});

describe("timeouts and resets in more runtimes' words", () => {
  test.each([
    [
      "Vert.x",
      "io.vertx.core.http.impl.NoStackTraceTimeoutException: The timeout period of 10000ms has been exceeded while executing POST /v2/x for server a.example:443",
      "ETIMEDOUT",
    ],
    [
      "Azure Functions",
      "[Error] Timeout value of 00:05:00 exceeded by function 'Functions.SyncInvoices' (Id: '684ff9b9'). Initiating cancellation.",
      "ETIMEDOUT",
    ],
    [
      "Google Cloud Functions",
      "Function execution took 540002 ms, finished with status: 'timeout'",
      "ETIMEDOUT",
    ],
    ["Vert.x HTTP/2", "io.vertx.core.http.StreamResetException: Stream reset: 7", "ECONNRESET"],
    [
      "OkHttp HTTP/2",
      "okhttp3.internal.http2.StreamResetException: stream was reset: REFUSED_STREAM",
      "ECONNRESET",
    ],
    [
      "curl HTTP/2",
      "curl: (92) HTTP/2 stream 1 was not closed cleanly: INTERNAL_ERROR (err 2)",
      "ECONNRESET",
    ],
  ])("%s", (_name, text, code) => {
    expect(parseIncident(text).facts.networkError).toBe(code);
  });
});

describe("an OAuth code an exception prints without quotes", () => {
  test.each([
    "prawcore.exceptions.OAuthException: invalid_grant error processing request",
    "oauthlib.oauth2.rfc6749.errors.InvalidGrantError: (invalid_grant) Bad Request",
  ])("%s", async (text) => {
    expect(parseIncident(text).facts.errorCode).toBe("invalid_grant");
    expect((await land(text)).tree).toBe("oauth");
  });
});

describe("where these pastes land", () => {
  test("a REST `errors` list whose `path` is a string is not GraphQL", async () => {
    const rest =
      'HTTP/1.1 422 Unprocessable Entity\n\n{"errors":[{"code":"NOT_VALID","message":"Please enter a valid account number.","path":"accountNumber"}]}';
    expect(await land(rest)).toEqual({ tree: "bad-request", cause: "invalid-value" });
    const graphql =
      'HTTP/1.1 400 Bad Request\n\n{"errors":[{"message":"Cannot return null","path":["order","total"]}]}';
    expect((await land(graphql)).tree).toBe("errors-in-success");
  });

  test("a 200 whose body lists plain-string errors is an error envelope", async () => {
    const text = 'HTTP/2 200\n\n{"id":"","errors":["All included players are not subscribed"]}';
    expect(await land(text)).toEqual({ tree: "errors-in-success", cause: "error-envelope" });
    expect((await land('HTTP/2 200\n\n{"id":"1","errors":[]}')).tree).toBe("integration-failing");
  });

  test("per-item results where one item says error are a partial failure", async () => {
    const text =
      'HTTP/2 200\n\n{"data":[{"status":"ok","id":"1"},{"status":"error","message":"not registered"}]}';
    expect(await land(text)).toEqual({ tree: "errors-in-success", cause: "bulk-item-failures" });
  });

  test("fetch() failing with no response goes to the network tree, CORS to its own", async () => {
    expect((await land("TypeError: Network request failed")).tree).toBe("network");
    expect((await land("Uncaught (in promise) TypeError: Failed to fetch")).tree).toBe("network");
    const cors =
      "Access to fetch at 'https://api.example.com/' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\nTypeError: Failed to fetch";
    expect((await land(cors)).tree).toBe("cors");
  });

  test("a platform refusing cleartext http goes to the network tree", async () => {
    const android =
      "java.net.UnknownServiceException: CLEARTEXT communication to api.example.local not permitted by network security policy";
    expect((await land(android)).tree).toBe("network");
  });

  test("a gateway that timed out on its backend is a server error, not the client's timeout", async () => {
    const zuul =
      "com.netflix.zuul.exception.ZuulException: Forwarding error\nCaused by: java.net.SocketTimeoutException: Read timed out";
    expect(await land(zuul)).toEqual({ tree: "server-errors", cause: "own-proxy-timeout" });
    // The same exception in the client itself stays the client's timeout.
    const client =
      "requests.exceptions.ReadTimeout: HTTPSConnectionPool(host='a.example', port=443): Read timed out.";
    expect((await land(client)).tree).toBe("network");
  });

  test("a load balancer with no backend left is your own infrastructure", async () => {
    const haproxy = "Nov 29 23:41:02 lb1 haproxy[812]: backend be_api has no server available!";
    expect(await land(haproxy)).toEqual({ tree: "server-errors", cause: "own-proxy-no-upstream" });
  });

  test("a webhook sender refused by the endpoint, and a redirect it did not follow", async () => {
    const refused =
      "httpRequest:\n  requestMethod: POST\n  status: 403\n  userAgent: Stripe/1.0 (+https://stripe.com/docs/webhooks)";
    expect(await land(refused)).toEqual({ tree: "webhooks", cause: "endpoint-rejects-provider" });
    const redirect =
      "Failure reason: Received error code 301 from the server. Redirection is not supported in webhooks.";
    expect(await land(redirect)).toEqual({ tree: "webhooks", cause: "redirect-not-followed" });
  });

  test("no shared cipher suite is a TLS version mismatch", async () => {
    const go =
      "remote error: tls: handshake failure\nserver: tls: no cipher suite supported by both client and server";
    expect((await land(go)).tree).toBe("mtls");
  });
});
