/** Reads `Retry-After` (RFC 9110 §10.2.3): delay-seconds, or an HTTP-date taken relative to `Date`. */
export function readRetryAfter(text: string): { value: number; index: number } | undefined {
  const m = /^\s*(?:<\s*)?retry-after\s*:\s*([^\r\n]{1,64})$/im.exec(text);
  if (!m?.[1]) return undefined;
  const value = m[1].trim();
  if (/^\d{1,9}$/.test(value)) return { value: Number(value), index: m.index };
  const at = Date.parse(value);
  const date = /^\s*(?:<\s*)?date\s*:\s*([^\r\n]{1,64})$/im.exec(text);
  const now = date?.[1] ? Date.parse(date[1]) : Number.NaN;
  if (Number.isNaN(at) || Number.isNaN(now)) return undefined;
  return { value: Math.max(0, Math.round((at - now) / 1000)), index: m.index };
}

function header(text: string, name: string): { value: string; index: number } | undefined {
  const m = new RegExp(`^\\s*(?:<\\s*)?${name}\\s*:\\s*([^\\r\\n]{1,200})$`, "im").exec(text);
  return m?.[1] ? { value: m[1].trim(), index: m.index } : undefined;
}

function int(value: string | undefined): number | undefined {
  return value !== undefined && /^\d{1,12}$/.test(value) ? Number(value) : undefined;
}

/**
 * Reads rate-limit headers in the three shapes in use: `X-RateLimit-Limit/Remaining/Reset`,
 * the IETF draft's `RateLimit-Limit/Remaining/Reset` and `RateLimit: limit=…, remaining=…,
 * reset=…` (draft-ietf-httpapi-ratelimit-headers up to -07), and the structured-field form
 * `RateLimit: "policy";r=0;t=30` (draft -08 and later).
 */
export function readRateLimit(text: string):
  | {
      figures: { limit?: number; remaining?: number; reset?: number };
      remaining?: number;
      index: number;
    }
  | undefined {
  const combined = header(text, "ratelimit");
  let figures: { limit?: number; remaining?: number; reset?: number } = {};
  let index = combined?.index ?? -1;
  if (combined) {
    const field = (keys: string) =>
      int(new RegExp(`(?:^|[;,\\s])(?:${keys})=(\\d{1,12})`).exec(combined.value)?.[1]);
    figures = { limit: field("limit|q"), remaining: field("remaining|r"), reset: field("reset|t") };
  }
  const policy = header(text, "ratelimit-policy");
  const quota = policy && int(/(?:^|[;,\s])q=(\d{1,12})/.exec(policy.value)?.[1]);
  if (quota !== undefined && figures.limit === undefined) figures.limit = quota;
  for (const prefix of ["x-ratelimit-", "ratelimit-"]) {
    for (const key of ["limit", "remaining", "reset"] as const) {
      const h = header(text, `${prefix}${key}`);
      if (h && figures[key] === undefined) {
        figures[key] = int(h.value);
        if (index === -1) index = h.index;
      }
    }
  }
  const clean = Object.fromEntries(Object.entries(figures).filter(([, v]) => v !== undefined));
  if (Object.keys(clean).length === 0) return undefined;
  return {
    figures: clean,
    ...(figures.remaining !== undefined ? { remaining: figures.remaining } : {}),
    index,
  };
}
