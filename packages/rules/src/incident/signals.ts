/**
 * Error signatures of common HTTP clients and runtimes, mapped to one canonical code.
 * Each pattern is linear (no nested quantifiers) so a megabyte of paste stays fast.
 */
export const networkSignals: [RegExp, string][] = [
  // Node's own codes first, most telling first: a timeout often shows up with a reset after it.
  [
    /\bETIMEDOUT\b|\bESOCKETTIMEDOUT\b|\bUND_ERR_(?:CONNECT|HEADERS|BODY)_TIMEOUT\b|\bConnectTimeout(?:Error)?\b|\bReadTimeout(?:Error)?\b/,
    "ETIMEDOUT",
  ],
  // axios reports its own timeout as ECONNABORTED with "timeout of …ms exceeded".
  [/timeout of \d+ms exceeded/, "ETIMEDOUT"],
  [
    /\b(ECONNREFUSED|ENOTFOUND|EAI_AGAIN|ECONNRESET|EHOSTUNREACH|ENETUNREACH|ECONNABORTED|EPIPE)\b/,
    "$1",
  ],
  [
    /SocketTimeoutException|HttpTimeoutException|\bsocket\.timeout\b|timed out|i\/o timeout|deadline exceeded|Client\.Timeout exceeded|curl: \(28\)/i,
    "ETIMEDOUT",
  ],
  [
    /connection reset|Connection aborted\.|UND_ERR_SOCKET|curl: \((?:52|56)\)|socket hang up|Empty reply from server/i,
    "ECONNRESET",
  ],
  [/connection refused|ConnectException|curl: \(7\)/i, "ECONNREFUSED"],
  [
    /UnknownHostException|no such host|Name or service not known|nodename nor servname|NameResolutionError|getaddrinfo|Could not resolve host|curl: \(6\)/i,
    "ENOTFOUND",
  ],
  [/Temporary failure in name resolution|server misbehaving/i, "EAI_AGAIN"],
];

/** TLS failures, mapped to Node's error codes. */
export const tlsSignals: [RegExp, string][] = [
  [
    /\b(CERT_HAS_EXPIRED|UNABLE_TO_VERIFY_LEAF_SIGNATURE|SELF_SIGNED_CERT_IN_CHAIN|DEPTH_ZERO_SELF_SIGNED_CERT|UNABLE_TO_GET_ISSUER_CERT_LOCALLY|ERR_TLS_CERT_ALTNAME_INVALID|CERT_NOT_YET_VALID)\b/,
    "$1",
  ],
  [
    /certificate has expired|CertificateExpiredException|certificate (?:is )?expired/i,
    "CERT_HAS_EXPIRED",
  ],
  [/self[- ]signed certificate/i, "SELF_SIGNED_CERT_IN_CHAIN"],
  [
    /unknown authority|unable to get local issuer|PKIX path building failed|unable to verify the first certificate/i,
    "UNABLE_TO_GET_ISSUER_CERT_LOCALLY",
  ],
  [
    /Hostname\/IP does not match|doesn't match|not valid for|certificate is valid for|No subject alternative/i,
    "ERR_TLS_CERT_ALTNAME_INVALID",
  ],
];

/** How clients print an HTTP status in their error messages. */
export const statusSignals: RegExp[] = [
  /^\s*(?:<\s*)?HTTP\/\d(?:\.\d)?\s+([1-5]\d\d)\b/gm,
  /status(?:[ _-]?code)?"?\s*(?:[:=]|of|is)?\s*"?([1-5]\d\d)\b/gi,
  /\b([45]\d\d) (?:Client|Server) Error\b/g,
  /HTTP Error ([1-5]\d\d)\b/g,
  /response code:? ([1-5]\d\d)\b/gi,
  /\b([45]\d\d) (?:Bad Request|Unauthorized|Forbidden|Not Found|Method Not Allowed|Request Timeout|Conflict|Gone|Payload Too Large|Unsupported Media Type|Unprocessable (?:Entity|Content)|Too Many Requests|Internal Server Error|Bad Gateway|Service Unavailable|Gateway Timeout)\b/gi,
];

/** Headers whose value identifies a request for the provider's support team. */
export const requestIdHeaders =
  /^\s*(?:<\s*)?(x-request-id|request-id|x-correlation-id|correlation-id|x-amzn-requestid|x-amz-request-id|x-amz-cf-id|cf-ray|x-trace-id|traceparent|x-cloud-trace-context|x-github-request-id|x-ms-request-id|apigw-requestid)\s*:\s*([\w./:=+-]{4,200})\s*$/gim;

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
