import fc from "fast-check";
import { describe, expect, test } from "vitest";
import { parseIncident, redact } from "../src/index.ts";
import { contexts, secretClasses } from "./support/secrets.ts";
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
    [
      "named value in a parenthesis after a credential word",
      "OAuth token call to https://login.example.com/oauth2/token (client_secret=Q7hN2kP9w4Zr6Vt1) failed:",
      "Q7hN2kP9w4Zr6Vt1",
    ],
    [
      "credential name, a space, then the value",
      "calling https://contoso.azure-api.net/orders (subscription key f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c)",
      "f9e8d7c6b5a4f3e2d1c0b9a8f7e6d5c",
    ],
    ["api key and a space", "rejected api key Q7abcdefgh12345678 for org", "Q7abcdefgh12345678"],
    ["token and a space", "using token Q7xYz0123456789abcd now", "Q7xYz0123456789abcd"],
    [
      "appid query parameter",
      "file_get_contents(https://api.openweathermap.org/data/2.5/weather?q=Utrecht&appid=Q7weatherKey-4b3c2d1e): failed",
      "Q7weatherKey-4b3c2d1e",
    ],
    ["sig-named query parameter", "GET /img?w=5&x_sig=Q7abcdef0123", "Q7abcdef0123"],
    [
      "Contentful personal access token",
      'Client("CFPAT-Q7pyMgmtToken9Zy8Xw7Vu6Ts5Rq4Po3Nm2")',
      "Q7pyMgmtToken9Zy8Xw7Vu6Ts5Rq4Po3Nm2",
    ],
    [
      "key as an argument of a client constructor",
      'SearchClient client = new SearchClient("LATENCY42X", "Q7algoliaAdminKey0f1e2d3c4b5a69788796");',
      "Q7algoliaAdminKey0f1e2d3c4b5a69788796",
    ],
    [
      "key after a URL argument of a client constructor",
      'c = ApiClient("https://api.example.com", "Q7k3y5ecr3t0f1e2d3c4b5a6")',
      "Q7k3y5ecr3t0f1e2d3c4b5a6",
    ],
    [
      "key as the path segment after a version",
      "D/OkHttp: --> POST https://mainnet.infura.io/v3/Q7infura0a1b2c3d4e5f6a7b8c9d0e1f2a",
      "Q7infura0a1b2c3d4e5f6a7b8c9d0e1f2a",
    ],
    [
      "key path segment at the end of a sentence",
      "failed: https://eth-mainnet.example.io/v2/Q7alchemy0a1b2c3d4e5f6a7b8c9d0e1f2.",
      "Q7alchemy0a1b2c3d4e5f6a7b8c9d0e1f2",
    ],
    [
      "value of a credential-named command-line flag",
      "$ doctl --access-token Q7do0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c account get",
      "Q7do0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c",
    ],
    ["short flag value", "mycli --client-secret hunter2 --verbose", "hunter2"],
    ["quoted flag value", "mycli --api-key 'q7 spaced key' list", "q7 spaced key"],
    [
      "value flag of a command that stores a secret",
      "$ aws ssm put-parameter --name /prod/api/key --type SecureString --value 'q7 pass w0rd'",
      "q7 pass w0rd",
    ],
    [
      "value flag after a name that says password",
      "mycli config set --name db-password --value=hunter2",
      "hunter2",
    ],
    [
      "access token passed to an SDK constructor",
      'sdk = mercadopago.SDK("APP_USR-6082139572284361-112913-0a1b2c3d4e5f60718293a4b5c6d7e8f9-2210457839")',
      "0a1b2c3d4e5f60718293a4b5c6d7e8f9",
    ],
    [
      "eBay cert id in ebaysdk's ebay.yaml",
      "  certid: PRD-0a1b2c3d4e5f-6a7b-8c9d-0e1f-2a3b",
      "PRD-0a1b",
    ],
    [
      "a token found by its name, echoed back by the error message",
      'refresh_token=q7Rt0a1b2c3d4e5f6a7b8c9d0\n{"message":"Refresh token invalid: q7Rt0a1b2c3d4e5f6a7b8c9d0."}',
      "q7Rt0a1b2c3d4e5f6a7b8c9d0",
    ],
    [
      "licence key in a query string",
      "GET https://updates.example/v2/check?license=q7lic-9F3A-77C1-4E2B&site=shop.example",
      "q7lic-9F3A-77C1-4E2B",
    ],
    [
      "WS-Security password element with attributes",
      '<wsse:Password Type="http://docs.oasis-open.org/wss/2004/01/oasis-200401-wss-username-token-profile-1.0#PasswordText">q7-Wss3Pw!x</wsse:Password>',
      "q7-Wss3Pw!x",
    ],
    [
      "DigitalOcean token",
      "DIGITALOCEAN_TOKEN is doo_v1_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b",
      "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b0c1d2e3f4a5b6c7d8e9f0a1b",
    ],
    [
      "Docker access token piped to docker login",
      'echo "dckr_pat_q7Lm7Nx3Vb8Kc1Zp6Wt0Ry5Ue4" | docker login -u ci --password-stdin',
      "q7Lm7Nx3Vb8Kc1Zp6Wt0Ry5Ue4",
    ],
    [
      "Shippo token passed to the curried require",
      "const shippo = require('shippo')('shippo_test_0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b');",
      "0a1b2c3d4e5f6a7b8c9d0e1f2a3b4c5d6e7f8a9b",
    ],
    [
      "a key passed to an SDK constructor with new",
      "const resend = new Resend('re_q7Kq2LmN4vB7xC9zD1fG3hJ5kP6rT0wY');",
      "q7Kq2LmN4vB7xC9zD1fG3hJ5kP6rT0wY",
    ],
    [
      "a webhook secret after arguments that are not literals",
      'event = easypost.util.validate_webhook(request.get_data(), request.headers, "q7-ep-whsec-7Qm2Xv9Lp4Rt8Wz1")',
      "q7-ep-whsec-7Qm2Xv9Lp4Rt8Wz1",
    ],
    [
      "a config file's password after blanks",
      "    http_Passwd  q7flb-basic-pass-2c81",
      "q7flb-basic-pass-2c81",
    ],
    [
      "a config file's API key header after blanks",
      "    Header    X-API-Key q7flb-collector-apikey-5d02e8",
      "q7flb-collector-apikey-5d02e8",
    ],
    [
      "a private key named in prose",
      "GET /api/atlas/v2/orgs (public key rtyhgfbn, private key 8b2e4d6f-q7a0-4a1c-8e3b-7d9f1a2c4e6b)",
      "8b2e4d6f-q7a0-4a1c-8e3b-7d9f1a2c4e6b",
    ],
    [
      "a name ending in pw",
      'newman run c.json --env-var "basic_pw=q7newman-basic-Zp4q"',
      "q7newman-basic-Zp4q",
    ],
    [
      "a credential-named variable echoed by a shell, on the line after",
      "$ echo $FUNC_KEY\nq7func-default-key-ZmFrZWtleQ==\n$ curl -i https://fn.example.net/api/orders",
      "q7func-default-key-ZmFrZWtleQ==",
    ],
    [
      "a password after `login as <user> /` in a log line",
      "[2026-11-30 00:09:12,402] runner/INFO/root: login as loadtest@acme.io / q7locustPassw0rd-2026",
      "q7locustPassw0rd-2026",
    ],
    [
      "a header in a Clojure (EDN) map",
      ';; opts: {:headers {"X-Shopify-Access-Token" "q7shop-admin-shpat_3c9e1f7a2b"}}',
      "q7shop-admin-shpat_3c9e1f7a2b",
    ],
    [
      "basic auth as a Clojure keyword and vector",
      '(http/get "https://x.io/a.csv" {:basic-auth ["etl" "q7etlPassw0rd-clj"] :socket-timeout 10000})',
      "q7etlPassw0rd-clj",
    ],
    [
      "a key passed to a Python class, without new",
      'out = deepl.Translator("b81d2f57-6e0a-4c39-q7a0-42a9c7e5d013:fx").translate_text(body)',
      "b81d2f57-6e0a-4c39-q7a0-42a9c7e5d013",
    ],
    [
      "a webhook token of letters only",
      'treq.post("https://hooks.example.com/services/T00000000/B00000000/QSEVENXXXXXXXXXXXXXXXXXX")',
      "QSEVENXXXXXXXXXXXXXXXXXX",
    ],
    [
      "an appSettings entry whose key names a password (NuGet, .NET)",
      '  <add key="http_proxy.password" value="q7nugetProxyPw!31" />',
      "q7nugetProxyPw!31",
    ],
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

describe("no planted secret survives in anything parseIncident returns (fuzz)", () => {
  const around = (snippet: string) =>
    `HTTP/1.1 401 Unauthorized\nContent-Type: application/json\n\n${snippet}\n{"error":"invalid_token"}`;

  test.each(Object.entries(secretClasses))("%s, in every context", (_name, secret) => {
    fc.assert(
      fc.property(secret, fc.constantFrom(...Object.entries(contexts)), (s, [where, place]) => {
        const paste = around(place(s));
        const out = JSON.stringify(parseIncident(paste));
        expect(out, `${where}: ${paste}`).not.toContain(s.core);
        expect(redact(paste).text, where).not.toContain(s.core);
      }),
      { numRuns: 60 },
    );
  });

  test("several secrets of different classes in one paste are all removed", () => {
    const all = fc.tuple(...Object.values(secretClasses));
    fc.assert(
      fc.property(all, (secrets) => {
        const places = Object.values(contexts);
        const paste = secrets.map((s, i) => places[i % places.length]?.(s)).join("\n");
        const out = JSON.stringify(parseIncident(paste));
        for (const s of secrets) expect(out).not.toContain(s.core);
      }),
      { numRuns: 20 },
    );
  });
});

describe("redaction keeps what triage needs", () => {
  test.each([
    [
      "status line and retry",
      "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\nX-RateLimit-Remaining: 0",
    ],
    ["OAuth error body", '{"error":"invalid_grant","error_description":"Refresh token expired"}'],
    ["problem details", '{"type":"https://example.com/probs/out-of-credit","status":403}'],
    ["network error", "Error: connect ECONNREFUSED 127.0.0.1:443"],
    ["request id", "x-request-id: 5f2b8c1e-aaaa-bbbb-cccc-123456789abc"],
    ["path with an @", "GET https://api.example.com/users/ann@example.com failed"],
    [
      "exception class",
      "InvalidSignatureException: Signature expired: 20240312T101500Z is now earlier",
    ],
    ["class path", "simple_salesforce.exceptions.SalesforceExpiredSession: Expired session for x"],
    [
      "error code next to message",
      '{"error":{"code":"InvalidAuthenticationToken","message":"Access token has expired"}}',
    ],
    ["request line", "POST /oauth/token HTTP/1.1"],
    ["curl verbose note", "* Proxy auth using Basic with user 'jdoe'"],
    [
      "message about a token",
      "rpc error: code = Unauthenticated desc = invalid token: token is expired",
    ],
    ["idempotency key", "Idempotency-Key: order-81723-charge"],
    ["a variable that is not a credential, echoed", "$ echo $AWS_REGION\neu-central-1"],
    ["a config line whose name is not a credential", "    http_User  loadtest-ingest"],
    [
      "an exception constructed with a message",
      'raise ValueError("Something went wrong: code 12345678")',
    ],
    ["a Clojure map's other options", "{:socket-timeout 10000 :connection-timeout 5000}"],
    [
      "commit SHA in a path",
      "GET https://api.github.com/repos/o/r/commits/757107ea0eb2509fc211221cce984b8a37570b6d",
    ],
    ["UUID after a version", "GET /v1/orders/5f2b8c1e-aaaa-bbbb-cccc-123456789abc 404"],
    ["UUID right after a version", "GET /v2/5f2b8c1eaaaa4bbb8ccc123456789abc-draft 404"],
    [
      "request id after a token word",
      "token expired, request id 5f2b8c1e-aaaa-bbbb-cccc-123456789abc",
    ],
    ["message after a token word", "token 2fa required for this account"],
    ["query parameter that is not a key", "GET /search?keyword=iphone15pro&author=ann42"],
    ["short app id argument", 'new SearchClient("LATENCY42X", appKey)'],
    ["URL argument of a client", 'HttpClient("https://api.example.com/v1/items/1234567890")'],
    ["long word argument of a client", 'RestClient("integration-service-production")'],
    ["parenthesis after a credential word", "token (see https://example.com/docs) was rejected"],
    ["flag naming where a secret is", "docker login --password-stdin registry.example.com"],
    ["credential flag followed by another flag", "doctl auth init --access-token --verbose"],
    ["an element that only names a password", '<PasswordPolicy minLength="12"/>'],
    ["a status after a token word", "refreshing token: 401 Unauthorized"],
    [
      "value flag of an ordinary command",
      "aws ssm put-parameter --name /prod/region --value eu-west-1",
    ],
  ])("%s", (_name, text) => {
    expect(redact(text)).toEqual({ text, count: 0 });
  });
});
