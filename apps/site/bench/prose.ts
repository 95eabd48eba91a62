// Vocabulary and sentence templates for generated benchmark articles. Real troubleshooting
// articles are English prose about one product and one problem area: common words everywhere,
// an area's terms concentrated in its own articles. Search and index sizes depend on that
// distribution, so the generator imitates it instead of repeating a few terms on every page.

import type { CategoryId } from "@kb/rules/schema";

interface Topic {
  title: string;
  symptom: string;
  tree: string;
  category: CategoryId;
  code: string;
  path: string;
  keywords: string[];
  /** Nouns and noun phrases of the area. */
  things: string[];
  /** Things that go wrong in the area, as verb phrases. */
  failures: string[];
}

export const topics: Topic[] = [
  {
    title: "requests rejected with 401 after a token refresh",
    symptom: "get 401 Unauthorized after refreshing a token",
    tree: "authentication",
    category: "authentication",
    code: "401",
    path: "accounts",
    keywords: ["oauth", "token", "refresh"],
    things: [
      "access token",
      "refresh token",
      "client secret",
      "OAuth scope",
      "bearer header",
      "token endpoint",
      "service account",
      "API key",
      "signing key",
      "session cookie",
    ],
    failures: [
      "expires earlier than expected",
      "is issued for the sandbox tenant",
      "loses its scope after rotation",
      "is cached past its lifetime",
      "is rejected by the gateway",
      "never reaches the upstream service",
    ],
  },
  {
    title: "429 Too Many Requests during nightly sync",
    symptom: "hit 429 Too Many Requests during bulk jobs",
    tree: "rate-limits",
    category: "rate-limits",
    code: "429",
    path: "orders",
    keywords: ["throttling", "quota", "backoff"],
    things: [
      "rate limit",
      "Retry-After header",
      "per-minute quota",
      "burst allowance",
      "worker pool",
      "backoff schedule",
      "concurrency setting",
      "daily allowance",
      "bulk endpoint",
      "request budget",
    ],
    failures: [
      "is shared by every worker",
      "resets later than the client assumes",
      "is exhausted by retries",
      "ignores the Retry-After value",
      "doubles after a deploy",
      "runs without jitter",
    ],
  },
  {
    title: "timeouts and connection resets to the API",
    symptom: "time out or see ECONNRESET",
    tree: "network",
    category: "network",
    code: "504",
    path: "exports",
    keywords: ["timeout", "tls", "proxy"],
    things: [
      "TLS handshake",
      "corporate proxy",
      "DNS record",
      "connection pool",
      "idle timeout",
      "load balancer",
      "egress firewall",
      "keep-alive setting",
      "certificate chain",
      "read timeout",
    ],
    failures: [
      "drops idle connections",
      "resolves to an old address",
      "closes the socket mid-response",
      "blocks the new IP range",
      "expires without warning",
      "is shorter than the export takes",
    ],
  },
  {
    title: "webhooks that never arrive or fail verification",
    symptom: "stop receiving webhooks or fail signature checks",
    tree: "webhooks",
    category: "webhooks",
    code: "400",
    path: "webhooks",
    keywords: ["webhook", "signature", "hmac"],
    things: [
      "webhook endpoint",
      "signing secret",
      "HMAC signature",
      "delivery log",
      "event subscription",
      "retry queue",
      "raw request body",
      "timestamp header",
      "tunnel URL",
      "event id",
    ],
    failures: [
      "is parsed before verification",
      "points at a stale tunnel",
      "is disabled after repeated failures",
      "uses the secret from another environment",
      "arrives out of order",
      "is delivered twice",
    ],
  },
  {
    title: "payloads rejected with 422 validation errors",
    symptom: "get 400 or 422 for payloads that look valid",
    tree: "bad-request",
    category: "requests-and-data",
    code: "422",
    path: "customers",
    keywords: ["validation", "json", "schema"],
    things: [
      "request body",
      "date field",
      "enum value",
      "content type",
      "nested object",
      "currency amount",
      "problem details response",
      "idempotency key",
      "optional field",
      "API version",
    ],
    failures: [
      "is sent as a string instead of a number",
      "uses a value the new version removed",
      "is missing after a library upgrade",
      "is encoded as form data",
      "exceeds the documented length",
      "conflicts with an earlier request",
    ],
  },
  {
    title: "502 and 503 errors from the upstream service",
    symptom: "see 502 Bad Gateway or 503 during peak hours",
    tree: "server-errors",
    category: "server-errors",
    code: "503",
    path: "reports",
    keywords: ["gateway", "outage", "retry"],
    things: [
      "upstream service",
      "status page",
      "maintenance window",
      "gateway timeout",
      "health check",
      "regional outage",
      "retry policy",
      "circuit breaker",
      "report job",
      "deploy window",
    ],
    failures: [
      "returns an HTML error page",
      "fails only in one region",
      "recovers after a few minutes",
      "is retried without a limit",
      "masks the real error",
      "coincides with a provider deploy",
    ],
  },
  {
    title: "404 for resources that exist",
    symptom: "get 404 Not Found for records that exist",
    tree: "not-found",
    category: "requests-and-data",
    code: "404",
    path: "invoices",
    keywords: ["routing", "version", "path"],
    things: [
      "base URL",
      "resource id",
      "API version prefix",
      "trailing slash",
      "tenant subdomain",
      "archived record",
      "route table",
      "path parameter",
      "sandbox host",
      "URL encoding",
    ],
    failures: [
      "points at the wrong region",
      "was archived by a cleanup job",
      "is encoded twice",
      "belongs to another account",
      "moved in the new version",
      "is case-sensitive on the server",
    ],
  },
];

const templates: ((t: Topic, name: string, pick: <T>(list: T[]) => T) => string)[] = [
  (t, n, p) => `When ${n} calls the ${p(t.things)}, the request sometimes ${p(t.failures)}.`,
  (t, n, p) =>
    `Most teams notice this only after the ${p(t.things)} ${p(t.failures)} in production.`,
  (t, _n, p) =>
    `Check whether the ${p(t.things)} ${p(t.failures)}; it is the most common reason we see.`,
  (t, n, p) =>
    `In the logs of ${n}, look for the ${p(t.things)} next to the request id of the failing call.`,
  (t, _n, p) =>
    `If the ${p(t.things)} ${p(t.failures)}, the client reports a ${t.code} that looks unrelated.`,
  (t, _n, p) =>
    `Compare the ${p(t.things)} in the sandbox with the one in production before changing any code.`,
  (t, n, p) =>
    `Support for ${n} usually asks for the ${p(t.things)} and the exact time of the failure.`,
  (t, _n, p) =>
    `A quick test is to repeat the call with curl and watch what the ${p(t.things)} does.`,
  (t, _n, p) =>
    `The problem tends to appear after a deploy, when the ${p(t.things)} ${p(t.failures)}.`,
  (t, n, p) =>
    `Our own integration with ${n} failed this way twice last quarter because the ${p(t.things)} ${p(t.failures)}.`,
  (t, _n, p) =>
    `Write down what changed recently: a new ${p(t.things)}, a library upgrade, or a configuration edit.`,
  (t, _n, p) =>
    `Once the ${p(t.things)} is fixed, add a test that fails if it ever ${p(t.failures)} again.`,
  (t, _n, p) =>
    `Keep an eye on the dashboards for a few hours, because the ${p(t.things)} can take a while to settle.`,
  (t, n, p) =>
    `The documentation of ${n} describes the ${p(t.things)}, but not what happens when it ${p(t.failures)}.`,
];

/** One sentence about a topic and a product. */
export function sentence(topic: Topic, name: string, next: () => number): string {
  const pick = <T>(list: T[]): T => list[Math.floor(next() * list.length)] as T;
  return pick(templates)(topic, name, pick);
}
