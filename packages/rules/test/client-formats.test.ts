import { describe, expect, test } from "vitest";
import { parseIncident, redact } from "../src/index.ts";

/**
 * How clients the tuned corpus did not cover print a status or a connection failure (issue #13's
 * held-out set): each format is read the same way wherever it appears, not per sample.
 */
describe("statuses as clients print them", () => {
  test.each([
    [
      "aiohttp",
      "aiohttp.client_exceptions.ClientResponseError: 429, message='Too Many Requests', url=URL('https://a.example/x')",
      429,
    ],
    ["OkHttp", "Response{protocol=h2, code=401, message=, url=https://a.example/v1/me}", 401],
    [
      ".NET WebException",
      "Invoke-RestMethod : The remote server returned an error: (401) Unauthorized.",
      401,
    ],
    ["curl -f", "curl: (22) The requested URL returned error: 503", 503],
    [
      "gsutil",
      "AccessDeniedException: 403 ci@p.iam.gserviceaccount.com does not have storage.objects.list access",
      403,
    ],
    [
      "Kubernetes Status",
      '{"kind":"Status","apiVersion":"v1","status":"Failure","reason":"Forbidden","code":403}',
      403,
    ],
    [
      "Alamofire",
      "responseValidationFailed(reason: Alamofire.AFError.ResponseValidationFailureReason.unacceptableStatusCode(code: 401))",
      401,
    ],
    ["Alamofire description", "request failed: Response status code was unacceptable: 403.", 403],
    [
      "Go API client (godo)",
      'Error: GET https://api.digitalocean.com/v2/droplets/41: 404 (request "0a7d3f9e") The resource you requested could not be found.',
      404,
    ],
  ])("%s", (_client, text, status) => {
    expect(parseIncident(text).facts.status).toBe(status);
  });

  test("with no requests left and no Retry-After, the window's reset is the wait", () => {
    const head = "HTTP/2 429\ndate: Sun, 29 Nov 2026 21:52:12 GMT\nx-ratelimit-remaining: 0\n";
    // A Unix time, taken relative to Date; delta-seconds as they are.
    expect(parseIncident(`${head}x-ratelimit-reset: 1795989140\n`).facts.retryAfter).toBe(8);
    expect(parseIncident(`${head}ratelimit-reset: 42\n`).facts.retryAfter).toBe(42);
    // Requests left: the reset says nothing about a wait.
    const left = "HTTP/2 429\nx-ratelimit-remaining: 3\nx-ratelimit-reset: 42\n";
    expect(parseIncident(left).facts.retryAfter).toBeUndefined();
  });

  test("a status inside a JSON array item is the item's, not the response's", () => {
    const bulk =
      '{"took":486,"errors":true,"items":[{"index":{"_id":"1","status":201}},{"index":{"_id":"2","status":429}}]}';
    expect(parseIncident(bulk).facts.status).toBeUndefined();
    expect(parseIncident(`HTTP/1.1 200 OK\n\n${bulk}`).facts.status).toBe(200);
    // A top-level status still counts.
    expect(parseIncident('{"error":{"type":"security_exception"},"status":401}').facts.status).toBe(
      401,
    );
  });

  test("a 400-599 `code`, `error_code` or `http_code` counts only in a body that reads as an error", () => {
    expect(parseIncident('{"code":404,"message":"x"}').facts.status).toBe(404);
    // Telegram: the status as `error_code` beside `ok: false`, and the wait in `parameters`.
    const telegram = parseIncident(
      '{"ok":false,"error_code":429,"description":"Too Many Requests: retry after 35","parameters":{"retry_after":35}}',
    );
    expect(telegram.facts).toMatchObject({ status: 429, retryAfter: 35 });
    // Not a status: no error beside it, or below 400 (Meta's `code: 4` is a rate limit's number).
    expect(parseIncident('{"code":404,"items":[]}').facts.status).toBeUndefined();
    expect(
      parseIncident('{"error":{"message":"(#4) Application request limit reached","code":4}}').facts
        .status,
    ).toBeUndefined();
  });
});

describe("connection failures as clients print them", () => {
  test.each([
    [
      "Dart SocketException",
      "SocketException: Failed host lookup: 'api.example.com' (OS Error: No address associated with hostname, errno = 7)",
      "networkError",
      "ENOTFOUND",
    ],
    ["Elixir Req", "** (Req.TransportError) socket closed", "networkError", "ECONNRESET"],
    ["Elixir Req timeout", "** (Req.TransportError) timeout", "networkError", "ETIMEDOUT"],
    [
      "Perl LWP",
      "500 read timeout\nClient-Warning: Internal response",
      "networkError",
      "ETIMEDOUT",
    ],
    [
      "Alamofire server trust",
      "refresh failed: Server trust evaluation failed due to reason: Certificate pinning failed for host api.example.com.",
      "tlsError",
      "TLS_HANDSHAKE_FAILED",
    ],
    [
      "Perl LWP TLS",
      "500 Can't connect to crm.example.net:443 (certificate verify failed)",
      "tlsError",
      "TLS_HANDSHAKE_FAILED",
    ],
    [
      "Python ssl, a named reason first",
      "[SSL: CERTIFICATE_VERIFY_FAILED] certificate verify failed: certificate has expired (_ssl.c:1006)",
      "tlsError",
      "CERT_HAS_EXPIRED",
    ],
    [
      "aiohttp",
      "aiohttp.client_exceptions.ServerDisconnectedError: Server disconnected",
      "networkError",
      "ECONNRESET",
    ],
    [
      "URLSession -1001",
      'Error Domain=NSURLErrorDomain Code=-1001 "(null)"',
      "networkError",
      "ETIMEDOUT",
    ],
    [
      "URLSession -1004",
      'Error Domain=NSURLErrorDomain Code=-1004 "Could not connect to the server."',
      "networkError",
      "ECONNREFUSED",
    ],
    [
      "URLSession -1009",
      'Error Domain=NSURLErrorDomain Code=-1009 "The Internet connection appears to be offline."',
      "networkError",
      "ENETUNREACH",
    ],
    [
      ".NET refused",
      "HttpRequestException: No connection could be made because the target machine actively refused it.",
      "networkError",
      "ECONNREFUSED",
    ],
    [
      "asyncio errno",
      "OSError: [Errno 111] Connect call failed ('127.0.0.1', 8080)",
      "networkError",
      "ECONNREFUSED",
    ],
    [
      "OpenSSL",
      "[SSL: WRONG_VERSION_NUMBER] wrong version number (_ssl.c:1006)",
      "networkError",
      "EPROTO",
    ],
    [
      "PowerShell trust",
      "The underlying connection was closed: Could not establish trust relationship for the SSL/TLS secure channel.",
      "tlsError",
      "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    ],
    [
      "URLSession -1202",
      'Error Domain=NSURLErrorDomain Code=-1202 "The certificate for this server is invalid."',
      "tlsError",
      "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    ],
    [
      "URLSession -1200",
      'Error Domain=NSURLErrorDomain Code=-1200 "An SSL error has occurred."',
      "tlsError",
      "TLS_HANDSHAKE_FAILED",
    ],
  ] as const)("%s", (_client, text, fact, value) => {
    expect(parseIncident(text).facts[fact]).toBe(value);
  });
});

describe("credentials in client commands and webhook URLs", () => {
  test("HTTPie -a and --auth are redacted like curl -u", () => {
    for (const text of [
      "$ http -a admin:s3cretPw_z8Yx POST localhost:8081/api/jobs",
      "$ http --auth=admin:s3cretPw_z8Yx GET https://a.example/",
    ])
      expect(redact(text).text).not.toContain("s3cretPw_z8Yx");
  });

  test("a webhook path's token is redacted on any host; words and numeric ids stay", () => {
    const { text } = redact(
      "POST https://discord.com/api/webhooks/123456789012345678/abcDEF123ghiJKL456mnoPQR789\nGET https://a.example/v1/services/PaymentGatewayService/instances/42",
    );
    expect(text).not.toContain("abcDEF123ghiJKL456mnoPQR789");
    expect(text).toContain("/webhooks/123456789012345678/");
    expect(text).toContain("/services/PaymentGatewayService/instances/42");
  });
});
