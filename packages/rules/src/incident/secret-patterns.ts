/**
 * The patterns `redact` runs over pasted text. Every one is built so that a match attempt
 * either fails within a few fixed characters or succeeds by consuming a greedy run: nothing can
 * fail after an unbounded repetition, so no attempt backtracks and a whole scan is linear in the
 * paste (each is proven so by `recheck` in test/paste-patterns.test.ts). Lengths and other
 * checks that a regex would have to backtrack for are done by the code that uses them.
 */

/** `-----BEGIN … PRIVATE KEY-----` (PKCS#1/#8, EC, DSA, OpenSSH, encrypted, PGP), read sticky. */
export const PEM_PRIVATE_HEADER = /-----BEGIN [A-Z0-9 ]*PRIVATE KEY(?: BLOCK)?-----/y;

/** A run of text without whitespace, quotes or angle brackets: where a URL can be. */
export const URL_CANDIDATE = /[^\s"'<>`]+/g;

/**
 * Names of keys, headers, parameters and cookies (`X-Api-Key`, `connect.sid`, `password`).
 * A match always takes the whole run, so an attempt never starts inside one.
 */
export const KEY_NAME = /[A-Za-z_$][\w$.-]*/g;

/** An authorization scheme and its credentials, e.g. `Bearer abc`, `Basic dXNlcjpwYXNz`. */
export const AUTH_SCHEME =
  /\b(Bearer|Basic|Digest|Token|ApiKey|Negotiate|bearer|basic)([ \t]+)([A-Za-z0-9._~+/:@-]+=*)/g;

/**
 * Command-line credentials, quoted or not: `curl -u user:pass`, `--user`, `-b`/`--cookie`,
 * `--proxy-user`, `--cert file:password`, `docker login -p`, `--password`, HTTPie's `-a`/`--auth`.
 */
export const CURL_CREDENTIAL =
  /(^|[ \t])(-u|--user|-a|--auth|-b|--cookie|--proxy-user|-U|-E|--cert|-p|--password|--pass)([ \t]+|=)("[^"\r\n]*"?|'[^'\r\n]*'?|[^\s"']+)/gm;

/**
 * Well-known token shapes, with the shortest length a real one has. The class after the prefix
 * is greedy and nothing follows it, so a shorter run is skipped in code, not by backtracking.
 * A first capture group is kept (the host of a webhook URL). Named in comments only: the
 * registry (paste-patterns.ts) names them by position, and names would ship to every reader.
 */
export const TOKEN_SHAPES: readonly (readonly [pattern: RegExp, min: number])[] = [
  // JWS/JWE compact serialisation (RFC 7515 §7.1): base64url JSON header, then dot-separated parts.
  [/\beyJ[\w-]+(?:\.[\w-]*)*/g, 20], // jwt
  [/\b(?:sk|rk|pk)_(?:live|test)_[A-Za-z0-9]+/g, 16], // stripe
  [/\bwhsec_[A-Za-z0-9+/=]+/g, 14], // webhook-secret
  [/\b(?:ghp|gho|ghu|ghs|ghr)_[A-Za-z0-9]+/g, 24], // github
  [/\bgithub_pat_\w+/g, 30], // github-fine-grained
  [/\bgl(?:pat|dt|rt|ptt|cbt|soat|ft|imt|oas)-[\w-]+/g, 20], // gitlab
  [/\bnpm_[A-Za-z0-9]+/g, 30], // npm
  // OpenAI (`sk-`, `sk-proj-`, `sk-svcacct-`) and other `sk-` keys such as Anthropic's.
  [/\bsk-[\w-]+/g, 20], // sk-key
  [/\bxox[abposre]-[A-Za-z0-9-]+/g, 15], // slack-token
  [/\b(hooks\.slack\.com\/(?:services|workflows|triggers)\/)[\w/-]+/g, 30], // slack-webhook
  // Telegram bot tokens (`<bot id>:AA…`), also inside `https://api.telegram.org/bot<token>/`.
  [/\b(bot)?\d+:AA[\w-]+/g, 40], // telegram-bot
  [/\bSG\.[\w-]+(?:\.[\w-]*)*/g, 30], // sendgrid
  [/\bshp(?:at|ss|ca|pa)_[A-Fa-f0-9]+/g, 30], // shopify
  // Twilio API key SIDs (`SK` + 32 hex); auth tokens are caught by name (`auth_token`, `-u`).
  [/\bSK[0-9a-fA-F]+/g, 34], // twilio-key
  [/\bAIza[\w-]+/g, 35], // google-api-key
  // HubSpot private app tokens (`pat-na1-…`, `pat-eu1-…`).
  [/\bpat-(?:na|eu|ap)\d-[\w-]+/g, 30], // hubspot
  // Atlassian API tokens (`ATATT3…`), used with Basic auth against Jira and Confluence.
  [/\bATATT3[\w=-]+/g, 30], // atlassian
  [/\b(?:ya29\.|GOCSPX-|1\/\/0)[\w.-]+/g, 20], // google-oauth
  // Contentful personal access tokens (`CFPAT-…`, Content Management API).
  [/\bCFPAT-[\w-]+/g, 30], // contentful-pat
  [/\bsha(?:1|256|512)=[0-9a-fA-F]+/g, 36], // hmac-signature
  // DigitalOcean personal (`dop_v1_`), OAuth (`doo_v1_`) and refresh (`dor_v1_`) tokens, 64 hex
  // after the prefix: https://docs.digitalocean.com/notes/2022/api-token-format
  [/\bdo[opr]_v1_[A-Za-z0-9]+/g, 40], // digitalocean
  // Docker Hub personal and organization access tokens (`dckr_pat_`, `dckr_oat_`), as
  // `docker login --password-stdin` is fed them: https://docs.docker.com/security/access-tokens/
  [/\bdckr_(?:pat|oat)_[\w-]+/g, 24], // docker
  // Shippo API tokens, `shippo_live_` or `shippo_test_` and 40 hex: https://docs.goshippo.com/docs/guides_general/authentication/
  [/\bshippo_(?:live|test)_[0-9A-Za-z]+/g, 40], // shippo
];

/**
 * The path after `/services/`, `/hooks/`, `/webhook/` or `/webhooks/` on any host: webhook URLs
 * carry their secret as a path segment (Slack-style, Discord, Teams, self-hosted relays). Only
 * its long segments with letters and digits are redacted, in code (`redact.ts`).
 */
export const WEBHOOK_PATH = /(\/(?:services|hooks|webhooks?)\/)([\w/-]+)/g;

/**
 * A path segment right after a version (`/v1/`…`/v9/`) or a `/key/`, `/keys/`, `/token/` or
 * `/api_key/` segment: RPC gateways carry their key there (`https://mainnet.infura.io/v3/<key>`).
 * Only a whole segment of 32+ letters and digits is redacted, in code (`redact.ts`), so ids
 * elsewhere in a path (`/commits/<sha>`, UUIDs) are kept.
 */
export const PATH_KEY = /(\/(?:v[1-9]|keys?|token|api_?key)\/)([A-Za-z0-9]+)/g;

/**
 * A key id and the secret printed after it (a credentials CSV, `aws configure` output, an SDK
 * call): AWS access key ids (redacted too) and their 40-character secret access key; Twilio
 * account SIDs and their 32-hex auth token (`Client("AC…", "…")`).
 */
export const AWS_KEY_PAIR = /\b(?:AKIA|ASIA)[0-9A-Z]{16}\b(?:([\s,:;|"'=]+)([A-Za-z0-9/+]+))?/g;
export const TWILIO_KEY_PAIR = /\bAC[0-9a-zA-Z]+(?:([\s,:;|"'=]+)([0-9a-fA-F]+))?/g;
export const KEY_PAIRS: readonly {
  pattern: RegExp;
  /** Length of the id (checked in code, so the pattern has no long counted repetition). */
  id: number;
  secret: number;
  redactId: boolean;
}[] = [
  { pattern: AWS_KEY_PAIR, id: 20, secret: 40, redactId: true },
  { pattern: TWILIO_KEY_PAIR, id: 34, secret: 32, redactId: false },
];

/**
 * Every pattern above but the token shapes (paste-patterns.ts lists those by name), for the
 * registry of patterns run over pasted text. A plain literal, so a bundle that does not use it
 * drops it.
 */
export const secretPatterns: Record<string, RegExp> = {
  "redact.pem-private-header": PEM_PRIVATE_HEADER,
  "redact.url-candidate": URL_CANDIDATE,
  "redact.key-name": KEY_NAME,
  "redact.auth-scheme": AUTH_SCHEME,
  "redact.curl-credential": CURL_CREDENTIAL,
  "redact.webhook-path": WEBHOOK_PATH,
  "redact.path-key": PATH_KEY,
  "redact.aws-key-pair": AWS_KEY_PAIR,
  "redact.twilio-key-pair": TWILIO_KEY_PAIR,
};
