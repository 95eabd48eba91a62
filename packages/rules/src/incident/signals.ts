/**
 * Error signatures of common HTTP clients and runtimes, mapped to one canonical code.
 * Each pattern is linear (no nested quantifiers) so a megabyte of paste stays fast.
 */
export const networkSignals: [RegExp, string][] = [
  // Node's own codes first, most telling first: a timeout often shows up with a reset after it.
  // Tornado's `HTTPTimeoutError`; Haskell http-client's `ResponseTimeout` exception (its request
  // dump's `ResponseTimeoutDefault` setting is a longer word, not matched).
  [
    /\bETIMEDOUT\b|\bESOCKETTIMEDOUT\b|\bUND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT\b|\b(?:Connect|Read|HTTP)Timeout(?:Error)?\b|\bResponseTimeout\b/,
    "ETIMEDOUT",
  ],
  // axios reports its own timeout as ECONNABORTED with "timeout of …ms exceeded".
  [/timeout of \d+ms exceeded/, "ETIMEDOUT"],
  // The same limit in other runtimes' words: Vert.x's (and Quarkus REST Client's) "The timeout
  // period of 10000ms has been exceeded", Azure Functions' "Timeout value of 00:05:00 exceeded by
  // function", Google Cloud Functions' "finished with status: 'timeout'".
  [
    /\btimeout (?:period|value) of [\d:.]+(?:ms)? (?:has been )?exceeded|finished with status:? '?timeout\b/i,
    "ETIMEDOUT",
  ],
  [
    /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ECONNABORTED|EPIPE|EPROTO)\b/,
    "$1",
  ],
  // Erlang's inet reasons as atoms (Elixir's HTTPoison, Mint, hackney): `** (HTTPoison.Error) :econnrefused`;
  // Erlang's httpc prints them bare: `{failed_connect,[…,{inet,[inet],econnrefused}]}`.
  [/[\s({,]:?(econnrefused|econnreset|ehostunreach|enetunreach|econnaborted)\b/, "$1"],
  [
    /SocketTimeoutException|HttpTimeoutException|\bsocket\.timeout\b|timed out|did not properly respond after a period of time|network timeout at:|DioException \[(?:connection|send|receive) timeout\]|i\/o timeout|deadline exceeded|Client\.Timeout exceeded|curl: \(28\)|handshake timeout|net::ERR_(?:CONNECTION_)?TIMED_OUT/i,
    "ETIMEDOUT",
  ],
  [
    /connection reset|Connection aborted\.|forcibly closed by the remote host|UND_ERR_SOCKET|curl: \((?:52|56)\)|socket hang up|Empty reply from server|net::ERR_CONNECTION_(?:RESET|CLOSED)/i,
    "ECONNRESET",
  ],
  // One HTTP/2 stream reset by the peer (RST_STREAM, RFC 9113 §6.4), the connection kept:
  // Vert.x and OkHttp's `StreamResetException`, curl's (92), Node's ERR_HTTP2_STREAM_ERROR.
  [
    /\bStreamResetException\b|\bstream was reset\b|was not closed cleanly|curl: \(92\)|ERR_HTTP2_STREAM_ERROR/i,
    "ECONNRESET",
  ],
  // The server closed the connection before any response: Python's http.client
  // `RemoteDisconnected` and Apache HttpClient's `NoHttpResponseException` (curl's (52)), Twisted's
  // (treq, Scrapy) `ResponseNeverReceived` and `ConnectionLost`.
  [
    /\bRemoteDisconnected\b|Remote end closed connection|\bNoHttpResponseException\b|\bResponseNeverReceived\b|\bConnectionLost\b/,
    "ECONNRESET",
  ],
  // The other side closed while this side was still writing (Python's `[Errno 32]`, Java).
  [/\bBroken pipe\b/i, "EPIPE"],
  // .NET words it "actively refused"; Python's asyncio prints only the errno (111 Linux, 61 macOS).
  [
    /connection refused|ConnectException|curl: \(7\)|net::ERR_CONNECTION_REFUSED|actively refused|\[Errno (?:111|61)\]/i,
    "ECONNREFUSED",
  ],
  [
    /UnknownHostException|no such host|Name or service not known|nodename nor servname|NameResolutionError|getaddrinfo|Could not resolve host|curl: \(6\)|net::ERR_NAME_NOT_RESOLVED|No such host is known/i,
    "ENOTFOUND",
  ],
  [/Temporary failure in name resolution|server misbehaving/i, "EAI_AGAIN"],
  [/No route to host|NoRouteToHostException/i, "EHOSTUNREACH"],
  [/Network is unreachable/i, "ENETUNREACH"],
  // TLS spoken to a plain-HTTP port, or the reverse (OpenSSL's WRONG_VERSION_NUMBER).
  [/wrong version number/i, "EPROTO"],
  // aiohttp's ServerDisconnectedError: the server closed the connection before answering.
  [/\bServerDisconnectedError\b|\bServer disconnected\b/, "ECONNRESET"],
  // Apple's URLError codes (NSURLErrorDomain), as URLSession prints them.
  [/NSURLErrorDomain Code=-1001\b/, "ETIMEDOUT"],
  [/NSURLErrorDomain Code=-1005\b/, "ECONNRESET"],
  [/NSURLErrorDomain Code=-100[36]\b/, "ENOTFOUND"],
  [/NSURLErrorDomain Code=-1004\b/, "ECONNREFUSED"],
  [/NSURLErrorDomain Code=-1009\b/, "ENETUNREACH"],
  // Generic wordings, last so that a client's own code above wins. Perl LWP `500 read timeout`,
  // Elixir's Req/Mint `(Req.TransportError) timeout` and the `:timeout` atom.
  // hackney's `:checkout_timeout`: no free connection in the client's pool in time. Erlang's httpc
  // returns `{error,timeout}`.
  [
    /\bread timeout\b|TransportError\) timeout\b|[({ ]:(?:connect_|checkout_)?timeout\b|\{error,timeout\}/i,
    "ETIMEDOUT",
  ],
  // Erlang's `:closed` (the peer closed the socket), as HTTPoison and Mint print it.
  [/[({ ]:closed\b/, "ECONNRESET"],
  [
    /\bsocket closed\b|\bconnection closed\b|\bclosed by (?:the )?(?:remote )?peer\b/i,
    "ECONNRESET",
  ],
  // Dart's SocketException, Android's bionic resolver (EAI_NODATA), Erlang's `:nxdomain`, Twisted's
  // DNSLookupError (`DNS lookup failed: no results for hostname lookup`).
  [
    /Failed host lookup|No address associated with hostname|\bnxdomain\b|DNS lookup failed/i,
    "ENOTFOUND",
  ],
];

/**
 * TLS failures, mapped to Node's error codes. Android's CertPathValidatorException "Trust anchor
 * for certification path not found" is an unknown CA
 * (https://developer.android.com/privacy-and-security/security-ssl#UnknownCa). rustls (Deno, reqwest, hyper-rustls) prints its
 * `CertificateError` variant: `invalid peer certificate: UnknownIssuer`, `Expired`, `NotValidForName`.
 */
export const tlsSignals: [RegExp, string][] = [
  [
    /\b(CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|ERR_TLS_CERT_ALTNAME_INVALID|CERT_NOT_YET_VALID)\b/,
    "$1",
  ],
  [
    /certificate has expired|CertificateExpiredException|certificate (?:is )?expired|ERR_CERT_DATE_INVALID|peer certificate: Expired\b|\{:?tls_alert, ?\{:?certificate_expired\b/i,
    "CERT_HAS_EXPIRED",
  ],
  [/self[- ]signed certificate/i, "SELF_SIGNED_CERT_IN_CHAIN"],
  [
    /unknown authority|unable to get local issuer|PKIX path building failed|Trust anchor for certification path not found|unable to verify the first certificate|ERR_CERT_AUTHORITY_INVALID|UntrustedRoot|\bUnknownIssuer\b|\{:?tls_alert, ?\{:?unknown_ca\b/i,
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  ],
  [
    /Hostname\/IP does not match|doesn't match|not valid for|certificate is valid for|No subject alternative|ERR_CERT_COMMON_NAME_INVALID|RemoteCertificateNameMismatch|\bNotValidForName\b|hostname_check_failed/i,
    "ERR_TLS_CERT_ALTNAME_INVALID",
  ],
  // .NET's WebExceptionStatus.TrustFailure and Apple's untrusted-certificate URLError codes.
  [
    /Could not establish trust relationship|NSURLErrorDomain Code=-120[23]\b/i,
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  ],
  [/NSURLErrorDomain Code=-1201\b/, "CERT_HAS_EXPIRED"],
  // A handshake that fails without naming the certificate: Apple's SecureConnectionFailed, .NET,
  // curl's exit code 35 (PHP's `cURL error 35`), OpenSSL's SSL_ERROR_SYSCALL and Python's
  // SSLEOFError (the peer hung up mid-handshake), Java's SSLHandshakeException, Chrome, Dio,
  // Erlang's ssl alerts (named above when the alert names the certificate). Last: a named cause wins.
  [
    /NSURLErrorDomain Code=-1200\b|The SSL connection could not be established|curl: \(35\)|cURL error 35:|SSL_ERROR_SYSCALL|EOF occurred in violation of protocol|SSLHandshakeException|net::ERR_SSL_PROTOCOL_ERROR|DioException \[bad certificate\]|\{:?tls_alert, ?\{/,
    "TLS_HANDSHAKE_FAILED",
  ],
  // OpenSSL's generic verify failure (Python, Perl IO::Socket::SSL, Dart) without a named
  // reason: the reasons above win, this only routes to the TLS questions.
  // Alamofire's ServerTrustFailureReason (`Server trust evaluation failed due to reason:
  // Certificate pinning failed for host …`) is a handshake the client itself refused.
  [
    /certificate verify failed|SSL connect attempt failed|Server trust evaluation failed/i,
    "TLS_HANDSHAKE_FAILED",
  ],
];

/**
 * .NET's HttpStatusCode names and their numbers, lower-cased: `{response.StatusCode}` in a log
 * template or an exception message prints the name (`status code TooManyRequests`).
 */
export const dotnetStatus: Readonly<Record<string, number>> = {
  toomanyrequests: 429,
  unauthorized: 401,
  forbidden: 403,
  notfound: 404,
  badrequest: 400,
  conflict: 409,
  unprocessableentity: 422,
  internalservererror: 500,
  badgateway: 502,
  serviceunavailable: 503,
  gatewaytimeout: 504,
};
const DOTNET_STATUS = new RegExp(
  `status ?code(?::| =| is)? (${Object.keys(dotnetStatus).join("|")})\\b`,
  "gi",
);

/** How clients print an HTTP status in their error messages. */
export const statusSignals: RegExp[] = [
  // `[ \t]`, never `\s`, around a line start: `\s*` crossed lines and made newlines quadratic.
  /^[ \t]*(?:<[ \t]*)?HTTP\/\d(?:\.\d)?[ \t]+([1-5]\d\d)\b/gm,
  // Ansible's uri module: `Status code was 301 and not [201]`, before its task's `status_code:`
  // (the status it expected) can be read as the response's.
  /\bStatus code was ([1-5]\d\d) and not \[/g,
  // One blank run on each side of the separator: two `\s*` around an optional part backtrack.
  // Checkout.com's SDKs: `The API response status code (422) does not indicate success.`
  // PHP's print_r of a response array: `[status] => 401`, curl_getinfo's `[http_code] => 401`.
  /(?:status(?:[ _-]?code)?|\[http_code)["'\]]?[ \t]*(?:(?:=>|[:=]|of|is)[ \t]*)?["'(]?([1-5]\d\d)\b/gi,
  /\b([45]\d\d) (?:Client|Server) Error\b/g,
  /HTTP Error ([1-5]\d\d)\b/g,
  // The OpenAI and Anthropic Python SDKs: `Error code: 429 - {…}`.
  /\bError code: ([1-5]\d\d) - /g,
  // Cloudflare's error page: `Error code 522`.
  /\bError code (52\d)\b/g,
  // googleapiclient: `<HttpError 403 when requesting …>`; Python requests' and httpx's response
  // repr, `<Response [429]>`, `<Response [429 Too Many Requests]>`.
  /<(?:HttpError |Response \[)([1-5]\d\d)\b/g,
  /response code:? ([1-5]\d\d)\b/gi,
  // Access logs (`"GET /x HTTP/1.1" 503`), arrows in client logs (`-> 401`), `failed with 400`,
  // `HTTP 404` and `HTTP-Code: 429` as SDKs print them.
  /HTTP\/\d(?:\.\d)?" ([1-5]\d\d) /g,
  / -> ([1-5]\d\d)\b/g,
  // The answer's arrow in clients' logs: OkHttp's HttpLoggingInterceptor `<-- 401 Unauthorized
  // https://…`, `<- 410 apns-id=…`.
  /(?:^|[ \t])<--? ([1-5]\d\d)\b/gm,
  // prawcore's `received 403 HTTP response`, Micronaut's `Received response 401 from https://…`.
  /\b[Rr]eceived(?: response)? ([1-5]\d\d)(?: HTTP response\b| from )/g,
  /\bfailed(?: with)?:? (?:status )?([1-5]\d\d)\b/gi,
  // .NET HttpClient's EnsureSuccessStatusCode.
  /does not indicate success: ([1-5]\d\d)\b/g,
  // .NET Framework's WebException (PowerShell 5) `The remote server returned an error: (401)`
  // and curl -f `curl: (22) The requested URL returned error: 429`.
  /returned (?:an )?error: \(?([1-5]\d\d)\b/g,
  // aiohttp's ClientResponseError `429, message='Too Many Requests', url=…`; OkHttp's
  // `Response{protocol=h2, code=401, message=, url=…}`.
  /\b(?:code=)?([1-5]\d\d), message=/g,
  /\bHTTP(?:-Code:)? ([1-5]\d\d)\b/g,
  // An exception named, then the status: gsutil `AccessDeniedException: 403 …`, SDK errors;
  // openapi-generator's Python clients (Kubernetes, Datadog…) `ApiException: (403)\nReason: …`;
  // Symfony HttpClient's `ClientException (422)` and Monolog's `ClientException(code: 429)`.
  // SDKs that print the class then the status: EasyPost's `InvalidRequestError 422 ADDRESS…`.
  /(?:Exception|Error)(?:: \(?| \(?|\(code: )([45]\d\d)\b/g,
  // Excon's HTTPStatusError: `Expected([200]) <=> Actual(429 Too Many Requests)`.
  /\bActual\(([1-5]\d\d) /g,
  // Java's java.net.http.HttpResponse.toString(): `(GET https://api.example.com/v1/x) 429`.
  /\((?:GET|POST|PUT|PATCH|DELETE|HEAD) https?:\/\/[^\s)]+\) ([1-5]\d\d)\b/g,
  // Alamofire's AFError: `unacceptableStatusCode(code: 401)`, `Response status code was
  // unacceptable: 401.`
  /[Ss]tatus ?[Cc]ode(?:\(code:| was unacceptable:) ([1-5]\d\d)\b/g,
  // Go API clients' ErrorResponse: `GET https://api.digitalocean.com/v2/account: 401 (request
  // "…") …` (godo), `GET https://api.github.com/user: 401 Bad credentials []` (go-github).
  // Go's `%q` quotes the URL: `GET "https://api.cloudflare.com/…": 429 Too Many Requests`.
  /\b(?:GET|POST|PUT|PATCH|DELETE|HEAD) "?https?:\/\/[^\s"]+"?: ([1-5]\d\d) /g,
  // .NET's HttpStatusCode printed by name (see `dotnetStatus`).
  DOTNET_STATUS,
  /\b([45]\d\d) (?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|Gone|Payload Too Large|Unsupported Media Type|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)\b/gi,
  // A Python exception's args tuple, the status then its reason phrase: Mastodon.py's
  // `MastodonAPIError: ('Mastodon API returned error', 403, 'Forbidden', '…')`.
  /\b([45]\d\d), ['"](?:Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Gone|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Time-?out)['"]/g,
  // Load-test summaries count responses by status: Artillery's `http.codes.429: …… 2388`, hey's
  // `[429] 2388 responses`. Their last (highest) status is the failure to read.
  /\bhttp\.codes\.([1-5]\d\d)\b/g,
  /^[ \t]*\[([1-5]\d\d)\][ \t]+\d+[ \t]+responses\b/gm,
  // A REPL that printed the status on its own line: Python `>>> r.status_code` then `403`,
  // Node `> res.status` then `403`, irb `=> 403`.
  /\.status(?:_?code)?[ \t]*\r?\n(?:=> )?([1-5]\d\d)[ \t]*$/gim,
  // Last, the weakest: an SDK exception class named after the status, printed without the
  // number (hvac `hvac.exceptions.Forbidden: permission denied`, RestClient
  // `RestClient::Forbidden`, `werkzeug.exceptions.NotFound`); names as in `dotnetStatus`.
  /(?:\.|::)(Forbidden|Unauthorized|NotFound|TooManyRequests|BadRequest|InternalServerError|BadGateway|ServiceUnavailable|GatewayTimeout)(?:Error|Exception)?: /g,
  // Weaker still: an error message that ends in the reason phrase alone, as SDKs print
  // `response.statusText` (`Error: Lemon Squeezy API error: Unprocessable Entity`,
  // `Error [X Error]: Internal Server Error`); RFC 9110 §15 reason phrases, numbers as in `dotnetStatus`.
  /(?:error|Error|ERROR)\]?: (Bad Request|Unauthorized|Forbidden|Not Found|Conflict|Unprocessable Entity|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)[ \t]*$/gm,
];

/** Headers whose value identifies a request for the provider's support team. */
export const requestIdHeaders =
  /^[ \t]*(?:<[ \t]*)?(x-request-id|request-id|x-correlation-id|correlation-id|x-amzn-requestid|x-amz-request-id|x-amz-cf-id|cf-ray|x-trace-id|traceparent|x-cloud-trace-context|x-github-request-id|x-ms-request-id|apigw-requestid)[ \t]*:[ \t]*([\w./:=+-]{4,200})[ \t]*$/gim;

/** OAuth 2.0 (RFC 6749 §5.2, RFC 6750 §3.1) error codes. */
export const oauthErrors = new Set([
  "invalid_request",
  "invalid_token",
  "insufficient_scope",
  "invalid_client",
  "invalid_grant",
  "unauthorized_client",
  "unsupported_grant_type",
  "invalid_scope",
  "access_denied",
]);
