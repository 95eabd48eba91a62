import { readdirSync, readFileSync } from "node:fs";
import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, openPage } from "./support/browser.ts";
import { acceptSuggestion, openSearch, search } from "./support/search.ts";

let browser: Browser;
let page: Page;
let close: () => Promise<void>;
beforeAll(async () => {
  browser = await launch();
  ({ page, close } = await openPage(browser, "/"));
  await openSearch(page);
});
afterAll(async () => {
  await close();
  await browser.close();
});

/** Error codes: the code's own page must come first. */
const codeQueries: [string, string][] = [
  ["401", "/errors/401/"],
  ["403 forbidden", "/errors/403/"],
  ["404", "/errors/404/"],
  ["429", "/errors/429/"],
  ["500", "/errors/500/"],
  ["502 bad gateway", "/errors/502/"],
  ["gateway timeout", "/errors/504/"],
  ["ECONNRESET", "/errors/ECONNRESET/"],
  ["ETIMEDOUT", "/errors/ETIMEDOUT/"],
  ["ECONNREFUSED", "/errors/ECONNREFUSED/"],
  ["getaddrinfo ENOTFOUND", "/errors/ENOTFOUND/"],
  ["CERT_HAS_EXPIRED", "/errors/CERT_HAS_EXPIRED/"],
  // Codes added with issue #14, and older or alternative names (aliases) of codes.
  ["402 payment required", "/errors/402/"],
  ["405", "/errors/405/"],
  ["407 proxy authentication required", "/errors/407/"],
  ["410 gone", "/errors/410/"],
  ["412 precondition failed", "/errors/412/"],
  ["413", "/errors/413/"],
  ["Payload Too Large", "/errors/413/"],
  ["Request-URI Too Long", "/errors/414/"],
  ["415", "/errors/415/"],
  ["Unprocessable Entity", "/errors/422/"],
  ["431", "/errors/431/"],
  ["501 not implemented", "/errors/501/"],
  ["520", "/errors/520/"],
  ["521", "/errors/521/"],
  ["522", "/errors/522/"],
  ["523", "/errors/523/"],
  ["524", "/errors/524/"],
  ["525", "/errors/525/"],
  ["526", "/errors/526/"],
  ["UNAVAILABLE", "/errors/UNAVAILABLE/"],
  ["UNAUTHENTICATED", "/errors/UNAUTHENTICATED/"],
  ["PERMISSION_DENIED", "/errors/PERMISSION_DENIED/"],
  ["RESOURCE_EXHAUSTED", "/errors/RESOURCE_EXHAUSTED/"],
  ["invalid_grant", "/errors/invalid_grant/"],
  ["invalid_client", "/errors/invalid_client/"],
  ["invalid_scope", "/errors/invalid_scope/"],
  ["getaddrinfo EAI_AGAIN", "/errors/EAI_AGAIN/"],
  ["EPROTO", "/errors/EPROTO/"],
  ["EPIPE", "/errors/EPIPE/"],
  ["ECONNABORTED", "/errors/ECONNABORTED/"],
  ["EHOSTUNREACH", "/errors/EHOSTUNREACH/"],
];

/** Symptoms, error names and cause titles as people type them: one of these in the top three. */
const symptomQueries: [string, string[]][] = [
  ["invalid_token", ["/authentication-failures/"]],
  ["insufficient_scope", ["/authentication-failures/"]],
  ["token expired", ["/authentication-failures/"]],
  ["expired access token", ["/authentication-failures/"]],
  ["redirect drops authorization header", ["/authentication-failures/"]],
  ["sandbox key in production", ["/authentication-failures/"]],
  ["IP allow list", ["/authentication-failures/"]],
  ["rate limit exceeded", ["/rate-limiting/", "/errors/429/"]],
  ["Retry-After", ["/rate-limiting/"]],
  ["exponential backoff jitter", ["/rate-limiting/"]],
  ["webhook signature verification failed", ["/webhooks/"]],
  ["webhooks not received", ["/webhooks/"]],
  ["duplicate webhook events", ["/webhooks/"]],
  ["socket hang up", ["/network-timeouts/", "/errors/ECONNRESET/"]],
  ["certificate has expired", ["/network-timeouts/", "/errors/CERT_HAS_EXPIRED/"]],
  ["connection refused", ["/network-timeouts/", "/errors/ECONNREFUSED/"]],
  ["EAI_AGAIN", ["/network-timeouts/", "/errors/ENOTFOUND/", "/errors/EAI_AGAIN/"]],
  ["service unavailable", ["/server-errors/", "/errors/503/"]],
  ["422 validation", ["/bad-requests/", "/errors/422/"]],
  ["missing required parameter", ["/bad-requests/"]],
  ["unsupported media type", ["/bad-requests/", "/errors/415/"]],
  ["problem details", ["/bad-requests/"]],
  ["field is always null", ["/schema-mismatches/"]],
  ["large ids lose precision", ["/schema-mismatches/"]],
  ["405 method not allowed", ["/not-found/", "/errors/405/"]],
  ["idempotency key", ["/advanced-debugging/", "/bad-requests/"]],
  ["HAR file", ["/advanced-debugging/"]],
  ["clock skew", ["/advanced-debugging/", "/authentication-failures/"]],
  ["where do I start debugging an API", ["/understanding-integration-failures/"]],
  ["check the logs", ["/general-troubleshooting-steps/"]],
  // Issue #14 topics: OAuth, errors in 2xx, pagination, CORS, redirects, proxies.
  ["redirect_uri_mismatch", ["/oauth-errors/", "/errors/redirect_uri_mismatch/"]],
  ["invalid_grant refresh token", ["/oauth-errors/", "/errors/invalid_grant/"]],
  ["PKCE code_verifier", ["/oauth-errors/"]],
  ["GraphQL errors with 200", ["/errors-in-successful-responses/"]],
  ["Slack ok false", ["/errors-in-successful-responses/"]],
  ["bulk request partial failure", ["/errors-in-successful-responses/"]],
  ["pagination duplicate records", ["/pagination-and-sync/"]],
  ["updated_since sync misses changes", ["/pagination-and-sync/"]],
  ["blocked by CORS policy", ["/cors-and-preflight/"]],
  ["preflight request", ["/cors-and-preflight/"]],
  ["POST becomes GET after redirect", ["/redirects/"]],
  ["407 Proxy Authentication Required", ["/proxies-and-corporate-networks/", "/errors/407/"]],
  ["CONNECT tunnel failed", ["/proxies-and-corporate-networks/"]],
  ["NO_PROXY", ["/proxies-and-corporate-networks/"]],
  // Issue #14 topics: API versions, signed requests, CDN/edge, mTLS, gRPC, bodies.
  ["Deprecation Sunset header", ["/api-versions-and-deprecation/"]],
  ["410 Gone API version", ["/api-versions-and-deprecation/", "/errors/410/"]],
  ["UNSUPPORTED_API_VERSION", ["/api-versions-and-deprecation/"]],
  ["SignatureDoesNotMatch", ["/signed-requests/"]],
  ["RequestTimeTooSkewed", ["/signed-requests/"]],
  ["presigned URL Request has expired", ["/signed-requests/"]],
  ["Cloudflare 524 a timeout occurred", ["/cdn-and-edge-errors/", "/errors/524/"]],
  ["520 web server returns an unknown error", ["/cdn-and-edge-errors/", "/errors/520/"]],
  ["Request Header Or Cookie Too Large", ["/cdn-and-edge-errors/", "/errors/431/"]],
  ["server sent GOAWAY", ["/cdn-and-edge-errors/"]],
  ["tlsv13 alert certificate required", ["/mtls-and-tls-versions/"]],
  ["send a client certificate", ["/mtls-and-tls-versions/"]],
  ["tlsv1 alert protocol version", ["/mtls-and-tls-versions/"]],
  ["14 UNAVAILABLE", ["/grpc-status-codes/", "/errors/UNAVAILABLE/"]],
  ["DEADLINE_EXCEEDED", ["/grpc-status-codes/", "/errors/DEADLINE_EXCEEDED/"]],
  ["failed to connect to all addresses", ["/grpc-status-codes/"]],
  ["SOAP fault", ["/xml-soap-and-body-encoding/"]],
  ["Multipart: Boundary not found", ["/xml-soap-and-body-encoding/"]],
  ["Unexpected UTF-8 BOM", ["/xml-soap-and-body-encoding/"]],
  ["413 Request Entity Too Large", ["/xml-soap-and-body-encoding/", "/errors/413/"]],
  // Cause titles from the trees, which the articles render as sections.
  ["A reused keep-alive connection was already closed", ["/network-timeouts/"]],
  ["The signature is checked over a re-serialised body", ["/webhooks/"]],
  ["The signature is verified too late, or your clock is off", ["/webhooks/"]],
  ["A secondary (concurrency or abuse) limit, not the quota", ["/rate-limiting/"]],
  ["Your own proxy or load balancer has no healthy backend", ["/server-errors/"]],
  // Corrections of issue #14: limits without 429, 503s that are not incidents, webhooks per provider.
  ["You have exceeded a secondary rate limit", ["/rate-limiting/"]],
  ["ThrottlingException", ["/rate-limiting/"]],
  ["503 Slow Down", ["/server-errors/", "/rate-limiting/"]],
  ["no healthy upstream", ["/server-errors/"]],
  ["X-Slack-Retry-Num", ["/webhooks/"]],
  ["X-Hub-Signature-256", ["/webhooks/"]],
  ["408 request timeout", ["/errors/408/", "/network-timeouts/"]],
  ["The multipart Content-Type was set by hand", ["/xml-soap-and-body-encoding/"]],
  ["The presigned URL has passed its expiry", ["/signed-requests/"]],
];

/**
 * Older and alternative names of codes ("Also known as" on the code's page): Pagefind has no
 * synonyms, so these work only because the names are in the indexed page. The page comes first.
 */
const alternativeNames: [string, string][] = [
  ["Unprocessable Entity", "/errors/422/"],
  ["Request Entity Too Large", "/errors/413/"],
  ["Payload Too Large", "/errors/413/"],
  ["Request-URI Too Long", "/errors/414/"],
  ["Connection reset by peer", "/errors/ECONNRESET/"],
  ["Temporary failure in name resolution", "/errors/EAI_AGAIN/"],
  ["Name or service not known", "/errors/ENOTFOUND/"],
  ["StatusCode.UNAVAILABLE", "/errors/UNAVAILABLE/"],
  ["Web server is down", "/errors/521/"],
  ["Origin is unreachable", "/errors/523/"],
  ["Broken pipe", "/errors/EPIPE/"],
  ["No route to host", "/errors/EHOSTUNREACH/"],
];

/**
 * Whole error lines as pasted from a log or console. Pagefind needs every word, so hosts, IPs,
 * ports and paths make most of these find nothing; the dialog then searches their distinctive
 * tokens. One of the expected pages must be in the top three.
 */
const pastedLines: [string, string[]][] = [
  ["Error: connect ECONNREFUSED 127.0.0.1:5432", ["/errors/ECONNREFUSED/", "/network-timeouts/"]],
  ["Error: getaddrinfo ENOTFOUND api.example.com", ["/errors/ENOTFOUND/", "/network-timeouts/"]],
  [
    "Error: read ECONNRESET at TLSWrap.onStreamRead (node:internal/stream_base_commons:217:20)",
    ["/errors/ECONNRESET/", "/network-timeouts/"],
  ],
  [
    "x509: certificate signed by unknown authority",
    ["/network-timeouts/", "/proxies-and-corporate-networks/", "/mtls-and-tls-versions/"],
  ],
  [
    "context deadline exceeded",
    ["/errors/DEADLINE_EXCEEDED/", "/network-timeouts/", "/grpc-status-codes/"],
  ],
  [
    "Access to fetch at 'https://api.example.com/v1/users' from origin 'http://localhost:3000' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.",
    ["/cors-and-preflight/"],
  ],
  [
    '{"error":"invalid_grant","error_description":"Token has been expired or revoked."}',
    ["/errors/invalid_grant/", "/oauth-errors/"],
  ],
  ["HTTP/1.1 429 Too Many Requests", ["/errors/429/", "/rate-limiting/"]],
  ["HTTP/1.1 413 Request Entity Too Large", ["/errors/413/", "/bad-requests/"]],
  ["java.net.SocketTimeoutException: Read timed out", ["/errors/ETIMEDOUT/", "/network-timeouts/"]],
  [
    "requests.exceptions.ConnectionError: HTTPSConnectionPool(host='api.example.com', port=443): Max retries exceeded with url: /v1/charges",
    ["/network-timeouts/", "/errors/ECONNREFUSED/"],
  ],
  [
    "rpc error: code = Unavailable desc = connection error",
    ["/errors/UNAVAILABLE/", "/grpc-status-codes/"],
  ],
  [
    "curl: (60) SSL certificate problem: certificate has expired",
    ["/errors/CERT_HAS_EXPIRED/", "/network-timeouts/"],
  ],
  [
    "Error: self signed certificate in certificate chain",
    ["/proxies-and-corporate-networks/", "/network-timeouts/", "/mtls-and-tls-versions/"],
  ],
  [
    '{"message":"API rate limit exceeded for 203.0.113.7.","documentation_url":"https://docs.github.com/rest/overview/resources-in-the-rest-api#rate-limiting"}',
    ["/rate-limiting/", "/errors/403/", "/errors/429/"],
  ],
  [
    "AADSTS50011: The redirect URI 'https://app.example.com/callback' specified in the request does not match the redirect URIs configured for the application",
    ["/errors/redirect_uri_mismatch/", "/oauth-errors/"],
  ],
  [
    "Stripe-Signature: No signatures found matching the expected signature for payload",
    ["/webhooks/"],
  ],
];

/**
 * Typos of the site's own words: the dialog shows the corrected query's pages first, and
 * "Did you mean" offers the word; following it finds the page too.
 */
const typos: [string, string, string[]][] = [
  ["timout", "timeout", ["/network-timeouts/", "/errors/ETIMEDOUT/", "/errors/504/"]],
  ["webhok", "webhook", ["/webhooks/"]],
  ["authentification", "authentication", ["/authentication-failures/"]],
  ["webhok signature", "webhook signature", ["/webhooks/"]],
  ["pagniation", "pagination", ["/pagination-and-sync/"]],
  ["idempotancy key", "idempotency key", ["/advanced-debugging/", "/bad-requests/"]],
  [
    "certficate expired",
    "certificate expired",
    ["/errors/CERT_HAS_EXPIRED/", "/network-timeouts/"],
  ],
];

/** The articles in the "Server errors" category, read from content/ as the build reads them. */
const contentDir = new URL("../../../content/", import.meta.url);
const inServerErrors = new Set(
  readdirSync(contentDir)
    .filter((f) => f.endsWith(".mdx") && !f.startsWith("_"))
    .filter((f) =>
      /^category:\s*server-errors\s*$/m.test(readFileSync(new URL(f, contentDir), "utf8")),
    )
    .map((f) => `/${f.replace(/\.mdx$/, "")}/`),
);

describe("search quality over the real Pagefind index", () => {
  test.each(codeQueries)('"%s" shows %s first', async (query, expected) => {
    expect((await search(page, query))[0]).toBe(expected);
  });

  test.each(symptomQueries)(
    '"%s" finds the right page in the top three',
    async (query, expected) => {
      const top = (await search(page, query)).slice(0, 3);
      expect(
        top.some((p) => expected.includes(p)),
        `top three: ${top.join(", ")}`,
      ).toBe(true);
    },
  );

  test.each(alternativeNames)('the older name "%s" shows %s first', async (query, expected) => {
    expect((await search(page, query))[0]).toBe(expected);
  });

  test.each(pastedLines)(
    "the pasted line %s finds the right page in the top three",
    async (query, expected) => {
      const top = (await search(page, query)).slice(0, 3);
      expect(
        top.some((p) => expected.includes(p)),
        `top three: ${top.join(", ")}`,
      ).toBe(true);
    },
  );

  test.each(typos)('"%s" offers "%s" and then the right page', async (typo, word, expected) => {
    // The corrected query's pages show at once, above what Pagefind matched loosely…
    const first = (await search(page, typo)).slice(0, 3);
    expect(
      first.some((p) => expected.includes(p)),
      `top three: ${first.join(", ")}`,
    ).toBe(true);
    // …and "Did you mean" searches for the corrected words themselves.
    const { query, pages } = await acceptSuggestion(page);
    expect(query).toBe(word);
    const top = pages.slice(0, 3);
    expect(
      top.some((p) => expected.includes(p)),
      `top three: ${top.join(", ")}`,
    ).toBe(true);
  });

  test('"ratelimit", written as one word as in its headers, finds rate limiting', async () => {
    expect((await search(page, "ratelimit")).slice(0, 3)).toContain("/rate-limiting/");
  });

  test("results can be filtered by category and by error code", async () => {
    const { page: p, close: done } = await openPage(browser, "/");
    await openSearch(p);
    await search(p, "timeout");
    // Each filter group is a collapsed disclosure in Pagefind UI's panel.
    await p.locator(".pagefind-ui__filter-block summary", { hasText: "category" }).click();
    await p.locator('label[for="category-Server errors"]').click();
    const shown = () =>
      p
        .locator(".pagefind-ui__result-title .pagefind-ui__result-link")
        .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname));
    await expect
      .poll(async () => {
        const pages = await shown();
        return pages.length > 0 && pages.every((u) => inServerErrors.has(u));
      })
      .toBe(true);
    // Pagefind UI renders each result as its fragment arrives: the list may still be filling.
    await expect.poll(shown).toContain("/server-errors/");
    expect(
      await p.locator('.pagefind-ui__filter-checkbox[name="code"][value="ECONNRESET"]').count(),
    ).toBe(1);
    await done();
  });
});
