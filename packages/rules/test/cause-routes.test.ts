import { describe, expect, test } from "vitest";

import { land } from "./support/land.ts";

/**
 * Facts that decide a cause through a tree's own route rather than a shared wording: a
 * provider's documented codes in a tree's `when:` list, and what a pasted command or URL shows
 * about the caller's own setup (the ninth held-out set's misses).
 */

describe("APNs reasons under 403 are credential errors", () => {
  const apns = (reason: string) =>
    `> POST /3/device/a3b9c1d7e5f2 HTTP/2\n> Host: api.push.apple.com\n< HTTP/2 403\n< apns-id: 2B1E7C4A-9D35-4F08-B6A1-3C5E8D2F7A90\n<\n{"reason":"${reason}"}`;

  test("ExpiredProviderToken is an expired token", async () => {
    expect(await land(apns("ExpiredProviderToken"))).toEqual({
      tree: "authentication",
      cause: "expired-token",
    });
  });

  test("BadCertificateEnvironment is the wrong environment", async () => {
    expect(await land(apns("BadCertificateEnvironment"))).toEqual({
      tree: "authentication",
      cause: "wrong-environment",
    });
  });
});

describe("a client certificate the server wants", () => {
  const refusal =
    "HTTP/1.1 400 Bad Request\n\n<html><head><title>400 No required SSL certificate was sent</title></head></html>";

  test("a curl command without --cert never sends one", async () => {
    const paste = `$ curl -sS https://b2b.example.com/v2/orders\n${refusal}`;
    expect(await land(paste)).toEqual({ tree: "mtls", cause: "cert-not-sent" });
  });

  test("with --cert, where it is lost is still a question", async () => {
    const paste = `$ curl -sS --cert client.pem --key client.key https://b2b.example.com/v2/orders\n${refusal}`;
    expect(await land(paste)).toEqual({ tree: "mtls" });
  });
});

describe("CORS on the reader's own serverless function", () => {
  test("a Lambda function URL without the page's origin is a missing allowed origin", async () => {
    const paste =
      "Cross-Origin Request Blocked: The Same Origin Policy disallows reading the remote resource at https://abc123.lambda-url.eu-west-1.on.aws/orders. (Reason: CORS header ‘Access-Control-Allow-Origin’ missing). Status code: 200.";
    expect(await land(paste)).toEqual({ tree: "cors", cause: "server-missing-cors-headers" });
  });

  test("a third-party API stays a question about browser support", async () => {
    const paste =
      "Access to fetch at 'https://api.payments.example/v1/charges' from origin 'https://shop.example.com' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.";
    expect(await land(paste)).toEqual({ tree: "cors" });
  });
});
