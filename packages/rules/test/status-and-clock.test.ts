import { describe, expect, test } from "vitest";
import { parseIncident } from "../src/index.ts";
import { diagnose } from "../src/session/diagnose.ts";
import { triage } from "./support/land.ts";

describe("a status printed without a status line", () => {
  test.each([
    [
      "PHP print_r of a response array",
      "Array\n(\n    [body] => Array\n        (\n            [error] => Unable to upload video.\n        )\n\n    [status] => 401\n)",
      401,
    ],
    [
      "PHP print_r of curl_getinfo",
      "Array\n(\n    [url] => https://api.example.com/v1/orders\n    [content_type] => application/json\n    [http_code] => 429\n)",
      429,
    ],
    [
      "an SDK exception class, then the status",
      "InvalidRequestError 422 ADDRESS.VERIFY.FAILURE [{'code': 'E.ADDRESS.NOT_FOUND'}]",
      422,
    ],
    [
      "a reason phrase alone, ending the message",
      " ⨯ Error: Lemon Squeezy API error: Unprocessable Entity\n    at onError (./src/config/lemonsqueezy.ts:26:19)",
      422,
    ],
    [
      "a reason phrase after a bracketed error name",
      "Error [Acme Error]: Internal Server Error\n    at createError (file:///app/node_modules/acme/dist/index.js:98:17)",
      500,
    ],
  ])("%s", (_name, paste, status) => {
    expect(parseIncident(paste).facts.status).toBe(status);
  });

  test("a reason phrase inside a sentence is no status", () => {
    const paste = "Error: the proxy said Internal Server Error twice before recovering at 10:15";
    expect(parseIncident(paste).facts.status).toBeUndefined();
  });

  test("a numeric status outranks a reason phrase elsewhere", () => {
    const paste = "HTTP/1.1 404 Not Found\n\nError: upstream: Internal Server Error";
    expect(parseIncident(paste).facts.status).toBe(404);
  });
});

describe("Ansible's uri module", () => {
  const failed = (status: number, expected: number) =>
    `fatal: [localhost]: FAILED! => {"changed": false, "msg": "Status code was ${status} and not [${expected}]: HTTP Error ${status}", "status": ${status}}\n\n- ansible.builtin.uri:\n    url: "http://ipam.acme.io/api/v1/records"\n    method: POST\n    status_code: ${expected}`;

  test("the status it received wins over the task's expected status_code", () => {
    expect(parseIncident(failed(301, 201)).facts.status).toBe(301);
  });

  test("a redirect received instead of followed goes to the redirects tree", async () => {
    const { trees: path } = await diagnose(failed(301, 201), triage);
    expect(path).toContain("redirects");
  });
});

describe("the signing machine's clock against the server's", () => {
  test("a request timestamp ahead of the server's time is a fast clock", async () => {
    const paste =
      "Pusher::AuthenticationError (Timestamp expired: Given timestamp (2026-11-30T01:31:18Z) not within 600s of server time (2026-11-30T01:17:02Z))";
    expect(parseIncident(paste).facts.clockSkew).toBe("clock-ahead");
    const { state } = await diagnose(paste, triage);
    expect(state.cause?.id).toBe("clock-skew");
  });

  test("a request timestamp behind the server's time decides nothing (it may be a late send)", async () => {
    const paste =
      "<Error><Code>RequestTimeTooSkewed</Code><RequestTime>20240312T101500Z</RequestTime><ServerTime>2024-03-12T10:35:02Z</ServerTime></Error>";
    expect(parseIncident(paste).facts.clockSkew).toBeUndefined();
    const { state } = await diagnose(paste, triage);
    expect(state.tree).toBe("signed-requests");
    expect(state.status).toBe("question");
  });

  test("S3's request time ahead of its server time is a fast clock", () => {
    const paste =
      "<Error><Code>RequestTimeTooSkewed</Code><RequestTime>20240312T105500Z</RequestTime><ServerTime>2024-03-12T10:35:02Z</ServerTime></Error>";
    expect(parseIncident(paste).facts.clockSkew).toBe("clock-ahead");
  });

  test.each([
    ["ahead", "Mon Nov 30 01:28:51 UTC 2026", "clock-ahead"],
    ["behind", "Mon Nov 30 01:02:10 UTC 2026", "clock-behind"],
  ])("`date -u` %s of a response's Date header", async (_name, clock, value) => {
    const paste = `[ErrorInfo: Timestamp not current; statusCode=401; code=40104]\n$ date -u; curl -sI https://rest.example.io/time | grep -i ^date\n${clock}\ndate: Mon, 30 Nov 2026 01:16:02 GMT`;
    expect(parseIncident(paste).facts.clockSkew).toBe(value);
    const { state } = await diagnose(paste, triage);
    expect(state.cause?.id).toBe("clock-skew");
  });

  test("seconds between two commands are no skew", () => {
    const paste = "Mon Nov 30 01:16:30 UTC 2026\ndate: Mon, 30 Nov 2026 01:16:02 GMT";
    expect(parseIncident(paste).facts.clockSkew).toBeUndefined();
  });
});
