/**
 * What `parseIncident` can read off a pasted error. Every field is optional: a paste
 * rarely holds them all. Field names match `incidentFactNames` in the tree schema.
 */
export interface IncidentFacts {
  /** HTTP status code of the response, e.g. 401. */
  status?: number;
  /** Network-level error code, e.g. `ETIMEDOUT`, `ECONNRESET`, `ENOTFOUND`. */
  networkError?: string;
  /** OAuth / RFC 6750 error code, e.g. `invalid_token`, `insufficient_scope`. */
  authError?: string;
  /** Seconds to wait, from `Retry-After` (a date is converted to seconds from the response date). */
  retryAfter?: number;
  /** Requests left in the current window, from `RateLimit`/`X-RateLimit-Remaining`. */
  rateLimitRemaining?: number;
  /** What is wrong with the content type, e.g. `html-instead-of-json`, `unsupported-media-type`. */
  contentTypeProblem?: string;
  /** The loopback host a network error targets (`localhost`, `127.0.0.1`, `::1`): this machine. */
  loopbackHost?: string;
  /**
   * The signing machine's clock against the server's, when the paste shows both times:
   * `clock-ahead` or `clock-behind` (see `readClockSkew`).
   */
  clockSkew?: string;
  /** TLS certificate error code, e.g. `CERT_HAS_EXPIRED`. */
  tlsError?: string;
  /** RFC 9457 problem `type` URI. */
  problemType?: string;
  /** The strongest condition a matched error signature yields, e.g. `rate-limited`. */
  condition?: string;
  /** A provider's or protocol's error code as printed, e.g. `invalid_grant`, `ThrottlingException`. */
  errorCode?: string;
  /** A gRPC status as its canonical upper-case name, e.g. `UNAVAILABLE`. */
  grpcStatus?: string;
  /** The provider a signature recognised, as a lower-case id, e.g. `github`, `stripe`, `aws`. */
  provider?: string;
}
