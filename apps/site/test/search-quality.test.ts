import type { Browser, Page } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, openPage } from "./support/browser.ts";
import { openSearch, search } from "./support/search.ts";

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
  ["socket hang up", ["/network-timeouts/"]],
  ["certificate has expired", ["/network-timeouts/", "/errors/CERT_HAS_EXPIRED/"]],
  ["connection refused", ["/network-timeouts/", "/errors/ECONNREFUSED/"]],
  ["EAI_AGAIN", ["/network-timeouts/", "/errors/ENOTFOUND/"]],
  ["service unavailable", ["/server-errors/", "/errors/503/"]],
  ["422 validation", ["/bad-requests/", "/errors/422/"]],
  ["missing required parameter", ["/bad-requests/"]],
  ["unsupported media type", ["/bad-requests/"]],
  ["problem details", ["/bad-requests/"]],
  ["field is always null", ["/schema-mismatches/"]],
  ["large ids lose precision", ["/schema-mismatches/"]],
  ["405 method not allowed", ["/not-found/"]],
  ["idempotency key", ["/advanced-debugging/", "/bad-requests/"]],
  ["HAR file", ["/advanced-debugging/"]],
  ["clock skew", ["/advanced-debugging/", "/authentication-failures/"]],
  ["where do I start debugging an API", ["/understanding-integration-failures/"]],
  ["check the logs", ["/general-troubleshooting-steps/"]],
  // Cause titles from the trees, which the articles render as sections.
  ["A reused keep-alive connection was already closed", ["/network-timeouts/"]],
  ["The signature is checked over a re-serialised body", ["/webhooks/"]],
];

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

  test("results can be filtered by category and by error code", async () => {
    const { page: p, close: done } = await openPage(browser, "/");
    await openSearch(p);
    await search(p, "timeout");
    // Each filter group is a collapsed disclosure in Pagefind UI's panel.
    await p.locator(".pagefind-ui__filter-block summary", { hasText: "category" }).click();
    await p.locator('label[for="category-Server errors"]').click();
    await expect
      .poll(async () =>
        (
          await p
            .locator(".pagefind-ui__result-title .pagefind-ui__result-link")
            .evaluateAll((els) => els.map((e) => new URL((e as HTMLAnchorElement).href).pathname))
        ).every((u) => u === "/server-errors/"),
      )
      .toBe(true);
    expect(
      await p.locator('.pagefind-ui__filter-checkbox[name="code"][value="ECONNRESET"]').count(),
    ).toBe(1);
    await done();
  });
});
