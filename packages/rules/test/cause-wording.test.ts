import { describe, expect, test } from "vitest";

import { land } from "./support/land.ts";

/**
 * Wording that names the cause inside a tree the bare status already reached (the tenth
 * held-out set): a value outside the accepted set, a field reported as only "required", a
 * revoked token, a Cloudflare challenge, an authorization code used twice, a provider's own
 * refusal (DeepL's free and pro hosts, Cronofy's plan, ngrok's browser warning).
 */

describe("bad-request causes", () => {
  test.each([
    [
      "BigCommerce's Play JSON error key",
      'status: 422\nbody: {"status":422,"title":"JSON data is missing or invalid","errors":{"name":"error.path.missing"}}',
      "missing-field",
    ],
    [
      "a field error whose description is only 'required' (Cronofy)",
      'HTTP/1.1 422 Unprocessable Entity\n\n{"errors":{"event_id":[{"key":"errors.required","description":"required"}]}}',
      "missing-field",
    ],
    [
      "a value not supported (DeepL)",
      'resulted in a `400 Bad Request` response:\n{"message":"Value for \'target_lang\' not supported."}',
      "invalid-value",
    ],
    [
      "a feature not available in the request's language (AssemblyAI)",
      ">>> response.status_code\n400\n>>> response.json()\n{'error': 'The following models are not available in this language: speaker_labels'}",
      "business-rule",
    ],
  ])("%s", async (_case, paste, cause) => {
    expect(await land(paste)).toEqual({ tree: "bad-request", cause });
  });
});

describe("authentication causes", () => {
  test.each([
    [
      "a 401 that says the token was revoked",
      'HTTP/1.1 401 Unauthorized\nWWW-Authenticate: Bearer error="invalid_token"\n\n{"error":"invalid_token","error_description":"Token has been revoked"}',
      "revoked-credentials",
    ],
    [
      "a Cloudflare challenge page (cf-mitigated: challenge)",
      "Error: apiRequestContext.get: 403 Forbidden\n  - ← 403 Forbidden\n    - content-type: text/html; charset=UTF-8\n    - cf-mitigated: challenge\n    - server: cloudflare",
      "waf-block",
    ],
    [
      "DeepL's free host called with a pro key",
      '$ curl -i -X POST \'https://api-free.deepl.com/v2/translate\'\nHTTP/2 403\n\n{"message":"Wrong endpoint. Use https://api.deepl.com"}',
      "wrong-environment",
    ],
    [
      "Cronofy's empty 402",
      "> POST /v1/availability HTTP/1.1\n> Host: api.cronofy.com\n>\n< HTTP/1.1 402 Payment Required\n< Content-Length: 0\n",
      "account-not-entitled",
    ],
  ])("%s", async (_case, paste, cause) => {
    expect(await land(paste)).toEqual({ tree: "authentication", cause });
  });

  test("an expired-or-revoked refresh token stays with OAuth", async () => {
    const paste =
      'HTTP/1.1 400 Bad Request\n\n{"error":"invalid_grant","error_description":"Token has been expired or revoked."}';
    expect((await land(paste)).tree).toBe("oauth");
  });
});

describe("oauth and cors causes", () => {
  test("Keycloak's 'Code not valid' is a code used twice or too late", async () => {
    const paste =
      'oauth2: cannot fetch token: 400 Bad Request\nResponse: {"error":"invalid_grant","error_description":"Code not valid"}';
    expect(await land(paste)).toEqual({ tree: "oauth", cause: "code-reused-or-expired" });
  });

  test("ngrok's browser warning behind a CORS error is an error response without CORS", async () => {
    const paste =
      "Access to fetch at 'https://7c1e.ngrok-free.app/api/me' from origin 'http://localhost:5173' has been blocked by CORS policy: No 'Access-Control-Allow-Origin' header is present on the requested resource.\ncontent-type: text/html\nngrok-error-code: ERR_NGROK_6024";
    expect(await land(paste)).toEqual({ tree: "cors", cause: "error-response-without-cors" });
  });
});
