import { describe, expect, test } from "vitest";
import { parseIncident, redact } from "../src/index.ts";
import { fixture } from "./support/trees.ts";

describe("secrets are redacted in everything returned", () => {
  test.each([
    ["Authorization header", "Authorization: Bearer abcdef123456", "abcdef123456"],
    ["basic credentials", "> Authorization: Basic dXNlcjpwYXNzd29yZA==", "dXNlcjpwYXNzd29yZA=="],
    ["cookie", "Cookie: session=s3cr3tvalue; theme=dark", "s3cr3tvalue"],
    ["set-cookie", "< set-cookie: sid=987654321abc; Path=/", "987654321abc"],
    ["API key header", "X-API-Key: key_live_123456789", "key_live_123456789"],
    [
      "webhook signature",
      "Stripe-Signature: t=1700000000,v1=5257a869e7ecebeda32affa62cdca3fa51cad7e77a0e56ff536d0ce8e108d8bd",
      "5257a869e7ec",
    ],
    [
      "GitHub signature",
      "X-Hub-Signature-256: sha256=757107ea0eb2509fc211221cce984b8a37570b6d7586c22c46f4379c8b043e17",
      "757107ea0eb2",
    ],
    ["JSON secret field", '{"client_secret": "cs_abcdefghijkl", "user": "ann"}', "cs_abcdefghijkl"],
    ["JSON token field", '{"access_token":"at-0123456789"}', "at-0123456789"],
    ["prefixed JSON key", '{"x_api_key": "zz-secret-value"}', "zz-secret-value"],
    ["query parameter", "GET /v1/items?api_key=qk_9876543210&limit=5", "qk_9876543210"],
    ["URL user-info", "https://admin:hunter2pass@db.example.com/", "hunter2pass"],
    ["curl -u", "curl -u alice:wonderland https://api.example.com", "wonderland"],
    ["bare bearer", "token was Bearer zyxwvut987654 at the time", "zyxwvut987654"],
    ["JWT", "jwt eyJhbGciOiJIUzI1NiJ9.eyJzdWIiOiIxIn0.c2lnbmF0dXJl", "eyJzdWIiOiIxIn0"],
    ["Stripe key", "using sk_live_51HqLyjWDarjtT1zdp7dc", "sk_live_51HqLyjWDarjtT1zdp7dc"],
    ["AWS key id", "AKIAIOSFODNN7EXAMPLE was used", "AKIAIOSFODNN7EXAMPLE"],
    ["Slack token", "xoxb-123456789012-abcdefghij", "xoxb-123456789012"],
  ])("%s", (_name, text, secret) => {
    const out = redact(text);
    expect(out.text).not.toContain(secret);
    expect(out.text).toContain("[REDACTED]");
    expect(out.count).toBeGreaterThan(0);
  });

  test("challenges and error codes stay readable", () => {
    const header =
      'WWW-Authenticate: Bearer realm="api", error="invalid_token", error_description="expired"';
    expect(redact(header).text).toBe(header);
    expect(redact('{"error":"invalid_grant"}').text).toBe('{"error":"invalid_grant"}');
  });

  test("nothing parseIncident returns carries a secret of the paste", () => {
    const incident = parseIncident(fixture("parse-incident", "oauth-invalid-grant.txt"));
    const all = JSON.stringify(incident);
    for (const secret of [
      "Y2xpZW50OnNlY3JldA==",
      "rt_9f8e7d6c5b4a",
      "shh-very-secret",
      "abcdef123456",
    ]) {
      expect(all).not.toContain(secret);
    }
  });
});
