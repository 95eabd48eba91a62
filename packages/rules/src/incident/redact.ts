/** What replaces a secret in everything the package returns. */
export const REDACTED = "[REDACTED]";

// Header names whose values are credentials or signatures.
const SECRET_HEADER =
  /^(\s*(?:[<>]\s*)?(?:-H\s*['"]?)?)((?:proxy-)?authorization|cookie|set-cookie|[\w-]{0,40}?(?:api[-_]?key|token|secret|signature|session|password|credential|hmac)[\w-]{0,40})(\s*:\s*)(.+)$/gim;
// JSON (or JSON-like) fields holding secrets.
const SECRET_FIELD =
  /(["']?)([\w-]{0,40}?(?:token|secret|password|passwd|api[_-]?key|apikey|signature|credentials?|cookie|authorization)[\w-]{0,20})\1(\s*[:=]\s*)(["'])((?:\\.|(?!\4)[^\\\r\n]){1,4096})\4/gi;
// Query parameters holding secrets.
const SECRET_PARAM =
  /([?&;](?:access_token|refresh_token|id_token|token|api_key|apikey|key|sig|signature|client_secret|password|code|secret)=)([^&#\s"'<>]+)/gi;
const URL_USERINFO = /(\b[a-z][a-z0-9+.-]*:\/\/)([^/\s:@]+):([^/\s@]+)@/gi;
const AUTH_SCHEME =
  /\b(Bearer|Basic|Digest|Token|ApiKey|Negotiate)([ \t]+)([A-Za-z0-9._~+/-]{6,}=*)/g;
const CURL_USER = /((?:^|\s)(?:-u|--user)\s+)(['"]?)([^\s'"]+)\2/g;
const KNOWN_TOKENS = [
  /\beyJ[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]{5,}\.[A-Za-z0-9_-]*/g, // JWT
  /\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]{8,}/g, // Stripe keys
  /\bwhsec_[A-Za-z0-9+/=]{8,}/g, // webhook secrets
  /\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]{20,}|\bgithub_pat_[A-Za-z0-9_]{20,}/g, // GitHub
  /\bxox[abposr]-[A-Za-z0-9-]{10,}/g, // Slack
  /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b/g, // AWS access key ids
  /\bAIza[0-9A-Za-z_-]{35}\b/g, // Google API keys
  /\bsha(?:1|256|512)=[0-9a-fA-F]{32,}/g, // HMAC signatures as sent in webhook headers
];

/**
 * Replaces credentials in pasted text: authorization and cookie headers, secret-named headers,
 * JSON fields and query parameters, URL user-info, `curl -u`, bearer/basic values, and
 * well-known token shapes (JWTs, Stripe, GitHub, Slack, AWS, Google keys, webhook signatures).
 * Returns the text and how many secrets were replaced.
 */
export function redact(text: string): { text: string; count: number } {
  let count = 0;
  const hit = () => {
    count++;
    return REDACTED;
  };
  let out = text.replace(
    SECRET_HEADER,
    (_m, pre: string, name: string, sep: string) => `${pre}${name}${sep}${hit()}`,
  );
  out = out.replace(
    SECRET_FIELD,
    (_m, q: string, name: string, sep: string, quote: string) =>
      `${q}${name}${q}${sep}${quote}${hit()}${quote}`,
  );
  out = out.replace(SECRET_PARAM, (_m, pre: string) => `${pre}${hit()}`);
  out = out.replace(URL_USERINFO, (_m, scheme: string) => `${scheme}${hit()}@`);
  out = out.replace(
    AUTH_SCHEME,
    (m: string, scheme: string, space: string, value: string, at: number, all: string) =>
      // `Bearer realm="x", error="invalid_token"` is a challenge, not a credential.
      all[at + m.length] === '"' ? m : `${scheme}${space}${hit()}`,
  );
  out = out.replace(CURL_USER, (_m, pre: string, q: string) => `${pre}${q}${hit()}${q}`);
  for (const pattern of KNOWN_TOKENS) out = out.replace(pattern, hit);
  return { text: out, count };
}
