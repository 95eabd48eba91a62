import { describe, expect, test } from "vitest";
import { diagnoseText, parseIncident } from "../src/index.ts";
import { diagnose } from "../src/session/diagnose.ts";
import { triage } from "./support/land.ts";

/**
 * Formats shared by many sources (the fifth held-out set's lesson): a status printed by a
 * generated client or a wrapper, headers printed as a language's hash or dict, network errors as
 * the BEAM, Dart and node-fetch print them, gRPC statuses as tonic (Rust) prints them. Each is
 * read the same way wherever it appears, whatever the provider.
 */

describe("a status printed by a generated client or a wrapper", () => {
  test.each([
    [
      "openapi-generator Python (Kubernetes, Datadog and other generated SDKs)",
      "kubernetes.client.exceptions.ApiException: (403)\nReason: Forbidden\nHTTP response headers: HTTPHeaderDict({'Audit-Id': 'a1', 'Content-Type': 'application/json'})\nHTTP response body: {\"kind\":\"Status\"}",
      403,
    ],
    [
      "Symfony HttpClient in the console",
      "  [Symfony\\Component\\HttpClient\\Exception\\ClientException (422)]\n  An error occurred",
      422,
    ],
    [
      "Symfony HttpClient through Monolog",
      '{"exception":"[object] (Symfony\\\\Component\\\\HttpClient\\\\Exception\\\\ClientException(code: 429): HTTP/1.1 429 Too Many Requests returned"}',
      429,
    ],
    [
      "Excon",
      "Excon::Error::ServiceUnavailable: Expected([200, 201]) <=> Actual(503 Service Unavailable)",
      503,
    ],
    [
      "Python requests' response repr",
      "unexpected <Response [429]> from https://api.example.com/v1",
      429,
    ],
    ["httpx's response repr", "<Response [503 Service Unavailable]>", 503],
    [".NET's HttpStatusCode by name", "warn: Sync failed with status code TooManyRequests", 429],
    [
      ".NET's HttpStatusCode in a field",
      "StatusCode: Unauthorized, ReasonPhrase: 'Unauthorized'",
      401,
    ],
    [
      "Java's HttpResponse.toString()",
      "java.io.IOException: unexpected response (GET https://api.example.com/v1/orders) 429",
      429,
    ],
    [
      "Go's %q around the URL (Terraform providers)",
      'Error: GET "https://api.example.com/v4/zones/1/records": 404 Not Found {"success":false}',
      404,
    ],
  ])("%s", (_client, text, status) => {
    expect(parseIncident(text).facts.status).toBe(status);
  });

  test("a number in parentheses that follows no exception is not a status", () => {
    expect(parseIncident("retrying in (403) ms").facts.status).toBeUndefined();
  });
});

describe("rate-limit headers printed as a language's structure", () => {
  test("a Ruby hash (Excon's debug response)", () => {
    const paste = [
      "Excon::Error::TooManyRequests: Expected([200]) <=> Actual(429 Too Many Requests)",
      "  :headers => {",
      '    "Retry-After"           => "60"',
      '    "X-RateLimit-Remaining" => "0"',
      "  }",
    ].join("\n");
    expect(parseIncident(paste).facts).toMatchObject({
      status: 429,
      retryAfter: 60,
      rateLimitRemaining: 0,
    });
  });

  test("a Ruby hash's headers are what header tests of the signatures read", async () => {
    const paste = [
      "Excon::Error::Forbidden: Expected([200]) <=> Actual(403 Forbidden)",
      "  :headers => {",
      '    "X-RateLimit-Remaining" => "0"',
      '    "X-GitHub-Request-Id"   => "C0F1:3A2B:1F4E5D6"',
      "  }",
    ].join("\n");
    const { signals } = parseIncident(paste);
    expect(signals.headers["x-ratelimit-remaining"]).toEqual(["0"]);
    expect((await diagnoseText(paste)).facts.condition).toBe("rate-limited");
  });

  test("a Python dict (openapi-generator's HTTPHeaderDict)", () => {
    const paste =
      "ApiException: (429)\nReason: Too Many Requests\nHTTP response headers: HTTPHeaderDict({'Retry-After': '30', 'X-RateLimit-Remaining': '0'})";
    expect(parseIncident(paste).facts).toMatchObject({ retryAfter: 30, rateLimitRemaining: 0 });
  });

  test.each([
    [
      "an Elixir tuple (HTTPoison, Tesla)",
      'headers: [{"retry-after", "30"}, {"x-ratelimit-remaining", "0"}]',
    ],
    ["an Elixir map (Req)", '%{"retry-after" => ["30"], "x-ratelimit-remaining" => ["0"]}'],
    [
      "Go's http.Header",
      "map[Content-Type:[application/json] Retry-After:[30] X-Ratelimit-Remaining:[0]]",
    ],
    [
      "a Java map",
      "{content-type=[application/json], retry-after=[30], x-ratelimit-remaining=[0]}",
    ],
  ])("%s", (_form, headers) => {
    expect(parseIncident(`429 Too Many Requests ${headers}`).facts).toMatchObject({
      retryAfter: 30,
      rateLimitRemaining: 0,
    });
  });

  test("openapi-generator's Ruby client: status and headers in its ApiError", () => {
    const paste =
      'DatadogAPIClient::APIError: Error message: the server returns an error\nHTTP status code: 429\nResponse headers: {"content-type"=>"application/json", "x-ratelimit-remaining"=>"0", "retry-after"=>"30"}';
    expect(parseIncident(paste).facts).toMatchObject({
      status: 429,
      retryAfter: 30,
      rateLimitRemaining: 0,
    });
  });

  test("a header inside a log line", () => {
    const paste =
      "GET https://quotes.example.com/v1/quote rejected, Retry-After: 86400\nRefit.ApiException: Response status code does not indicate success: 429 (Too Many Requests).";
    expect(parseIncident(paste).facts.retryAfter).toBe(86400);
  });

  test(".NET's HttpResponseMessage.ToString(), headers indented in braces", () => {
    const paste = [
      "StatusCode: 429, ReasonPhrase: 'Too Many Requests', Version: 1.1, Content: System.Net.Http.HttpConnectionResponseContent, Headers:",
      "{",
      "  Date: Sun, 29 Nov 2026 21:50:02 GMT",
      "  Retry-After: 86400",
      "  X-RateLimit-Remaining: 0",
      "}",
    ].join("\n");
    expect(parseIncident(paste).facts).toMatchObject({
      status: 429,
      retryAfter: 86400,
      rateLimitRemaining: 0,
    });
  });

  test("a header on its own line wins over one quoted in a message", () => {
    const paste =
      "HTTP/1.1 429 Too Many Requests\nRetry-After: 5\n\nclient said 'Retry-After': '3600'";
    expect(parseIncident(paste).facts.retryAfter).toBe(5);
  });

  test("prose about retrying is not a header", () => {
    expect(parseIncident("Too many requests. Retry after 60 seconds.").facts.retryAfter).toBe(
      undefined,
    );
  });
});

describe("network errors as other runtimes print them", () => {
  test.each([
    ["Erlang atom (HTTPoison)", "** (HTTPoison.Error) :econnrefused", "ECONNREFUSED"],
    [
      "Erlang atom in a tuple (Mint)",
      "{:error, %Mint.TransportError{reason: :closed}}",
      "ECONNRESET",
    ],
    ["hackney pool checkout", "** (HTTPoison.Error) :checkout_timeout", "ETIMEDOUT"],
    [
      "node-fetch v2 timeout",
      "FetchError: network timeout at: https://api.example.com/v2/reports",
      "ETIMEDOUT",
    ],
    [
      "Dio connection timeout",
      "DioException [connection timeout]: The request connection took longer than 0:00:10.000000 and it was aborted.",
      "ETIMEDOUT",
    ],
    [
      "Dio receive timeout",
      "DioException [receive timeout]: The request took longer than 0:00:30.000000 to receive data.",
      "ETIMEDOUT",
    ],
    [
      "Windows reset (.NET, PowerShell)",
      "System.IO.IOException: Unable to read data from the transport connection: An existing connection was forcibly closed by the remote host.",
      "ECONNRESET",
    ],
    [
      "Windows connect timeout (.NET, PowerShell)",
      "HttpRequestException: A connection attempt failed because the connected party did not properly respond after a period of time, or established connection failed because connected host has failed to respond.",
      "ETIMEDOUT",
    ],
    ["a broken pipe (Python, Java)", "BrokenPipeError: [Errno 32] Broken pipe", "EPIPE"],
  ])("%s", (_runtime, text, code) => {
    expect(parseIncident(text).facts.networkError).toBe(code);
  });

  test.each([
    [
      "Erlang's ssl alert naming an expired certificate",
      '** (HTTPoison.Error) {:tls_alert, {:certificate_expired, ~c"TLS client: In state certify"}}',
      "CERT_HAS_EXPIRED",
    ],
    [
      "Erlang's ssl alert naming an unknown CA",
      '{:error, {:tls_alert, {:unknown_ca, ~c"TLS client: In state certify"}}}',
      "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
    ],
    [
      "Erlang's ssl alert naming nothing about the certificate",
      '{:error, {:tls_alert, {:handshake_failure, ~c"TLS client: In state hello"}}}',
      "TLS_HANDSHAKE_FAILED",
    ],
    [
      "PHP cURL, handshake cut",
      "cURL error 35: OpenSSL SSL_connect: SSL_ERROR_SYSCALL in connection to api.example.com:443",
      "TLS_HANDSHAKE_FAILED",
    ],
    [
      "Python SSLEOFError",
      "ssl.SSLEOFError: EOF occurred in violation of protocol (_ssl.c:1006)",
      "TLS_HANDSHAKE_FAILED",
    ],
    [
      "Dio bad certificate",
      "DioException [bad certificate]: The certificate of the response is not approved.",
      "TLS_HANDSHAKE_FAILED",
    ],
  ])("%s", (_runtime, text, code) => {
    expect(parseIncident(text).facts.tlsError).toBe(code);
  });

  test("an atom-like word inside a name is not an Erlang reason", () => {
    expect(parseIncident("config key socket:closed_count = 3").facts.networkError).toBeUndefined();
  });

  test.each([
    [
      "a connect timeout",
      "DioException [connection timeout]: The request connection took longer than 0:00:10.000000",
      "firewall-drop",
    ],
    ["a wait for the client's pool", "** (HTTPoison.Error) :checkout_timeout", "client-starved"],
  ])("a client naming %s decides the timeout's phase", async (_phase, paste, cause) => {
    const { state } = await diagnose(paste, triage);
    expect(state.tree).toBe("network");
    expect(state.cause?.id).toBe(cause);
  });

  test("a timeout that names no phase still asks where it stops", async () => {
    const { state } = await diagnose(
      "FetchError: network timeout at: https://api.example.com/v2",
      triage,
    );
    expect(state.tree).toBe("network");
    expect(state.status).toBe("question");
  });
});

describe("gRPC statuses as tonic (Rust) prints them", () => {
  test.each([
    [
      "Debug",
      'Error: Status { code: Unavailable, message: "transport error", source: None }',
      "UNAVAILABLE",
    ],
    [
      "Display",
      'error=status: Unauthenticated, message: "invalid or expired API key", details: [], metadata: MetadataMap { headers: {} }',
      "UNAUTHENTICATED",
    ],
    [
      "Display, two words",
      'status: DeadlineExceeded, message: "Timeout expired"',
      "DEADLINE_EXCEEDED",
    ],
  ])("%s", (_form, text, code) => {
    expect(parseIncident(text).facts.grpcStatus).toBe(code);
  });

  test.each([
    ["UNAVAILABLE", "code: 'The service is currently unavailable', message: \"tcp connect error\""],
    [
      "FAILED_PRECONDITION",
      "Error: code: 'The system is not in a state required for the operation's execution', message: \"sandbox is not ready\"",
    ],
    ["UNKNOWN", "Tonic error: code: 'Unknown error'"],
  ])("tonic 0.14 prints the description of %s", (code, text) => {
    expect(parseIncident(text).facts.grpcStatus).toBe(code);
  });

  test.each([
    [
      ".NET",
      'Grpc.Core.RpcException: Status(StatusCode="Unavailable", Detail="Error connecting to subchannel.")',
      "UNAVAILABLE",
    ],
    [
      "Ruby",
      "GRPC::DeadlineExceeded: 4:Deadline Exceeded. debug_error_string:{}",
      "DEADLINE_EXCEEDED",
    ],
    [
      "Dart",
      "gRPC Error (code: 16, codeName: UNAUTHENTICATED, message: token expired, details: [])",
      "UNAUTHENTICATED",
    ],
    [
      "Connect (connect-es)",
      "ConnectError: [resource_exhausted] quota exceeded",
      "RESOURCE_EXHAUSTED",
    ],
  ])("as %s prints it", (_client, text, code) => {
    expect(parseIncident(text).facts.grpcStatus).toBe(code);
  });

  test("a word that is no gRPC code is not a status", () => {
    expect(
      parseIncident('job status: Failed, message: "disk full"').facts.grpcStatus,
    ).toBeUndefined();
  });

  test.each([
    [
      "a status mapped from a proxy's HTTP answer",
      'Error: Status { code: Unavailable, message: "grpc-status header missing, mapped from HTTP status code 502", source: None }',
      "proxy-not-grpc",
    ],
    [
      "tonic's decoding limit, which it reports as OutOfRange",
      'error=status: OutOfRange, message: "Error, decoded message length too large: found 5242917 bytes, the limit is: 4194304 bytes", details: []',
      "message-too-large",
    ],
    ["UNAUTHENTICATED", 'status: Unauthenticated, message: "missing token"', "credentials-missing"],
  ])("%s reaches its cause", async (_case, paste, cause) => {
    const { state } = await diagnose(paste, triage);
    expect(state.tree).toBe("grpc");
    expect(state.cause?.id).toBe(cause);
  });
});

describe("a body printed as a Ruby hash", () => {
  test.each([
    [
      "Ruby up to 3.3",
      '=> {"errors"=>[{"status"=>403, "code"=>"permission_denied", "detail"=>nil}]}',
    ],
    [
      "Ruby 3.4",
      '=> {"errors" => [{"status" => 403, "code" => "permission_denied", "detail" => nil}]}',
    ],
  ])("%s: its fields and codes are read like JSON", (_version, paste) => {
    const { facts, signals } = parseIncident(paste);
    expect(facts).toMatchObject({ status: 403, errorCode: "permission_denied" });
    expect(signals.json["code"]).toEqual(["permission_denied"]);
  });
});

test("a JSON:API error object's status is the response's status", () => {
  const body = '{"errors":[{"status":"422","code":"invalid","title":"Invalid email"}]}';
  expect(parseIncident(body).facts.status).toBe(422);
  // A bulk response's per-item statuses stay the items'.
  expect(parseIncident('{"errors":true,"items":[{"index":{"status":429}}]}').facts.status).toBe(
    undefined,
  );
});

describe("a body printed by Node's util.inspect (console.log of an axios or got error)", () => {
  test.each([
    [
      "a flat object",
      "  data: { status: 'error', message: 'Authentication credentials not found.', category: 'INVALID_AUTHENTICATION' }",
      { category: ["invalid_authentication"], status: ["error"] },
    ],
    [
      "nested, with a quote inside a string and undefined",
      "{\n  error: {\n    code: 'rate_limited',\n    message: \"You can't send more than 10 per second\",\n    retry: undefined\n  }\n}",
      { "error.code": ["rate_limited"] },
    ],
  ])("%s: its fields are read like JSON", (_kind, paste, fields) => {
    const { signals } = parseIncident(paste);
    expect(signals.json).toMatchObject(fields);
  });

  test("a dump that does not parse whole still gives up its data object", () => {
    const paste = [
      "AxiosError: Request failed with status code 401",
      "  response: {",
      "    status: 401,",
      "    headers: AxiosHeaders { 'content-type': 'application/json' },",
      "    config: { transformRequest: [ [Function: transformRequest] ] },",
      "    data: { status: 'error', category: 'INVALID_AUTHENTICATION' }",
      "  }",
    ].join("\n");
    const { facts, signals } = parseIncident(paste);
    expect(facts.status).toBe(401);
    expect(signals.json["category"]).toEqual(["invalid_authentication"]);
  });

  test("a paste with a colon and no object shape is not read as one", () => {
    expect(parseIncident("[INFO] retrying: attempt 2 of 5").signals.json).toEqual({});
  });
});
