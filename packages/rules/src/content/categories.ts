/** The categories that drive browsing: the sidebar lists these, not every article. */
export const categories = [
  {
    id: "authentication",
    label: "Authentication",
    description: "401 and 403: keys, tokens, scopes, OAuth flows and signatures.",
  },
  {
    id: "requests-and-data",
    label: "Requests and data",
    description:
      "400, 404, 409 and 422: malformed payloads, validation errors, schema mismatches and missing resources.",
  },
  {
    id: "rate-limits",
    label: "Rate limits",
    description: "429 and quotas: reading limit headers, backing off, and staying under the limit.",
  },
  {
    id: "network",
    label: "Network",
    description:
      "Timeouts, refused and reset connections, DNS, TLS certificates, proxies and firewalls.",
  },
  {
    id: "webhooks",
    label: "Webhooks",
    description: "Events that never arrive, arrive twice, or fail their signature check.",
  },
  {
    id: "server-errors",
    label: "Server errors",
    description:
      "500, 502, 503 and 504: what the provider's failures mean and how to ride them out.",
  },
  {
    id: "debugging-practice",
    label: "Debugging practice",
    description:
      "How to investigate any integration failure: logs, raw exchanges, replays, request ids and tracing.",
  },
] as const;

/** A category id. */
export type CategoryId = (typeof categories)[number]["id"];

/** The category ids, for the frontmatter schema. */
export const categoryIds = categories.map((c) => c.id) as [CategoryId, ...CategoryId[]];
