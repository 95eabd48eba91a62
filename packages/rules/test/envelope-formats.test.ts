import { describe, expect, test } from "vitest";
import { parseIncident } from "../src/index.ts";
import { diagnose } from "../src/session/diagnose.ts";
import { triage } from "./support/land.ts";

/**
 * Failures wrapped in another layer's answer (the seventh held-out set's lesson): a gRPC status
 * that a gRPC-to-JSON gateway turned into an HTTP response, a timeout reported inside a
 * successful envelope, and a status shown by a REPL or only by an exception's class name. Each
 * is read whoever wraps it.
 */

describe("a google.rpc.Status body from a gRPC-to-JSON gateway", () => {
  test.each([
    [
      "grpc-gateway, backend refused",
      'HTTP/2 503\ncontent-type: application/json\n\n{"code":14,"message":"connection error: desc = \\"transport: Error while dialing: dial tcp 10.0.3.7:9090: connect: connection refused\\"","details":[]}',
      "UNAVAILABLE",
    ],
    [
      "protojson's spacing, deadline",
      'HTTP/1.1 504 Gateway Timeout\nGrpc-Metadata-Content-Type: application/grpc\n\n{"code": 4, "message": "context deadline exceeded", "details": []}',
      "DEADLINE_EXCEEDED",
    ],
    [
      "after the request's own JSON body",
      'POST /v1/reports:generate HTTP/1.1\n\n{"month":"2026-10"}\n\nHTTP/1.1 501 Not Implemented\n\n{"code":12,"message":"method not implemented","details":[]}',
      "UNIMPLEMENTED",
    ],
  ])("%s", (_name, text, grpcStatus) => {
    expect(parseIncident(text).facts.grpcStatus).toBe(grpcStatus);
  });

  test.each([
    [
      // The caller's own problems keep their HTTP status (401 here), which the HTTP trees read.
      "a status about the caller",
      'HTTP/2 401\n\n{"code":16,"message":"token is expired","details":[]}',
    ],
    ["an API's own small code without details", '{"code":4,"message":"Invalid parameter"}'],
    ["an HTTP status as code", '{"code":503,"message":"Service Unavailable","details":[]}'],
  ])("not from %s", (_name, text) => {
    expect(parseIncident(text).facts.grpcStatus).toBeUndefined();
  });

  test("a refused backend reaches the gRPC tree's cannot-connect", async () => {
    const result = await diagnose(
      'HTTP/2 503\n\n{"code":14,"message":"connection error: desc = \\"transport: Error while dialing: dial tcp 10.0.3.7:9090: connect: connection refused\\"","details":[]}',
      triage,
    );
    expect(result.trees).toContain("grpc");
    expect(result.state.cause?.id).toBe("cannot-connect");
  });
});

describe("a timeout inside a successful envelope", () => {
  test("AWS Lambda's Invoke: 200 with FunctionError and a timed-out task", () => {
    const facts = parseIncident(
      '{\n  "StatusCode": 200,\n  "FunctionError": "Unhandled"\n}\n{"errorMessage":"2026-11-29T21:18:42.905Z 3e7a9c1b Task timed out after 15.02 seconds"}',
    ).facts;
    expect(facts.networkError).toBe("ETIMEDOUT");
  });

  test("an error status keeps the status, not the network error", () => {
    const facts = parseIncident("HTTP/1.1 504 Gateway Timeout\n\nupstream request timed out").facts;
    expect(facts.status).toBe(504);
    expect(facts.networkError).toBeUndefined();
  });
});

describe("a status without a status line", () => {
  test.each([
    [
      "Python REPL, requests",
      ">>> r = requests.post(url, json=body)\n>>> r.status_code\n403\n>>> r.text\n'{\"error\":{}}'",
      403,
    ],
    ["Node REPL", "> res.status\n429\n> await res.text()", 429],
    [
      "hvac's exception class",
      "hvac.exceptions.Forbidden: permission denied, on get https://vault.internal.example:8200/v1/secret/data/app",
      403,
    ],
    ["RestClient's exception class", "RestClient::NotFound: Resource Not Found", 404],
  ])("%s", (_name, text, status) => {
    expect(parseIncident(text).facts.status).toBe(status);
  });

  test.each([
    [
      "a file that is not found",
      "FileNotFoundError: [Errno 2] No such file or directory: 'x.json'",
    ],
    ["a number after an unrelated line", ">>> len(rows)\n403"],
  ])("not from %s", (_name, text) => {
    expect(parseIncident(text).facts.status).toBeUndefined();
  });
});

describe("a webhook delivery that the sender reports as failed", () => {
  test.each([
    [
      "GitHub's delivery log, no connection",
      "We couldn't deliver this payload: failed to connect to host",
      "endpoint-unreachable",
    ],
    [
      "the Stripe CLI forwarding to nothing",
      '2026-11-29 22:14:05            [ERROR] Failed to POST: Post "http://localhost:4242/webhook": dial tcp [::1]:4242: connect: connection refused',
      "endpoint-unreachable",
    ],
    [
      "GitHub's delivery log, too slow",
      "We couldn't deliver this payload: timed out",
      "slow-handler",
    ],
    [
      "the Stripe CLI, a redirect",
      "2026-11-29 22:17:30  <--  [308] POST http://localhost:3000/api/webhooks/stripe [evt_1]",
      "redirect-not-followed",
    ],
  ])("%s", async (_name, text, cause) => {
    const result = await diagnose(text, triage);
    expect(result.trees).toContain("webhooks");
    expect(result.state.cause?.id).toBe(cause);
  });
});
