import { describe, expect, test } from "vitest";
import { bestBets, type Names } from "../src/search/best-bets.ts";
import { didYouMean } from "../src/search/did-you-mean.ts";
import { editDistance } from "../src/search/edit-distance.ts";
import { distinctiveTokens, looksLikeError } from "../src/search/query-tokens.ts";
import { buildVocabulary } from "../src/search/vocabulary.ts";

const words = buildVocabulary([
  { text: "Network timeouts: a timeout, webhook signature, authentication failures", weight: 5 },
  { text: "rate limit exceeded; the limit resets; webhooks retry", weight: 1 },
]);

describe("edit distance", () => {
  test.each([
    ["timout", "timeout", 1],
    ["webhok", "webhook", 1],
    ["teh", "the", 1], // two neighbours swapped count once
    ["authentification", "authentication", 2],
  ])("%s → %s is %i", (a, b, d) => expect(editDistance(a, b, 3)).toBe(d));

  test("stops early past the limit", () => {
    expect(editDistance("kitten", "sitting", 1)).toBe(2);
    expect(editDistance("a", "abcdef", 2)).toBe(3);
  });
});

describe("did you mean", () => {
  test.each([
    ["timout", "timeout"],
    ["webhok signature", "webhook signature"],
    ["authentification failures", "authentication failures"],
    ["ratelimit", "rate limit"],
  ])("%s → %s", (query, expected) => expect(didYouMean(query, words)).toBe(expected));

  test("says nothing when every word is known, or nothing is close", () => {
    expect(didYouMean("webhook signature", words)).toBeUndefined();
    expect(didYouMean("kubernetes", words)).toBeUndefined();
    // Codes and numbers are pasted, not typed: never "corrected".
    expect(didYouMean("ECONNREFUSD 4290", words)).toBeUndefined();
  });
});

describe("distinctive tokens of a query that finds nothing", () => {
  const texts = (q: string, known?: (w: string) => boolean) =>
    distinctiveTokens(q, known).map((t) => t.text);

  test("keep codes, exceptions and status codes; drop hosts, IPs, ports, paths and ids", () => {
    expect(texts("Error: connect ECONNREFUSED 127.0.0.1:5432")).toEqual([
      "ECONNREFUSED",
      "connect",
    ]);
    expect(
      texts("java.net.SocketTimeoutException: Read timed out at https://api.example.com/v1/users"),
    ).toEqual(["SocketTimeoutException", "Read", "timed", "out"]);
    // JSON keys name fields, not problems: the value is the code.
    expect(texts('{"error":"invalid_grant","request_id":"a1b2c3d4e5f60718"}')).toEqual([
      "invalid_grant",
    ]);
    expect(texts("HTTP/1.1 429 Too Many Requests, retry in 3000 ms")).toContain("429");
    expect(texts("HTTP/1.1 429 Too Many Requests, retry in 3000 ms")).not.toContain("3000");
  });

  test("weak words are kept only when the site uses them", () => {
    expect(texts("frobnicate the webhook", (w) => words.includes(w))).toEqual(["webhook"]);
  });

  test("a long paste costs no more than its first thousand characters", () => {
    const start = performance.now();
    distinctiveTokens("a.".repeat(128 * 1024));
    looksLikeError("a.".repeat(128 * 1024));
    expect(performance.now() - start).toBeLessThan(500);
  });
});

describe("looks like an error", () => {
  test.each([
    "Error: connect ECONNREFUSED 127.0.0.1:5432",
    "x509: certificate signed by unknown authority",
    "context deadline exceeded",
    '{"error":"invalid_grant"}',
    "HTTP/1.1 503 Service Unavailable",
    "requests.exceptions.ConnectionError: Max retries exceeded",
  ])("%s", (q) => expect(looksLikeError(q)).toBe(true));

  test.each(["pagination", "how do webhooks work", "idempotency key"])("not: %s", (q) =>
    expect(looksLikeError(q)).toBe(false),
  );
});

describe("best bets: pages the query names outright", () => {
  const names: Names = {
    pages: [
      ["/errors/413/", "413 Content Too Large"],
      ["/authentication-failures/", "Authentication failures"],
      ["/errors/504/", "504 Gateway Timeout"],
      ["/grpc-status-codes/", "gRPC status codes"],
    ],
    phrases: [
      ["413", 0],
      ["Payload Too Large", 0],
      ["token expired", 1],
      ["504 Gateway Timeout", 2],
      ["failed to connect to all addresses", 3],
    ],
  };
  const urls = (q: string) => bestBets(q, names).map((b) => b.url);

  test("the whole name, in any case or punctuation", () => {
    expect(urls("payload-too-large")).toEqual(["/errors/413/"]);
    expect(urls("Token expired")).toEqual(["/authentication-failures/"]);
  });

  test("most of a name, or a pasted line that contains one", () => {
    expect(urls("connect to all addresses")).toEqual([]);
    expect(urls("to connect to all addresses failed")).toEqual([]);
    expect(urls("14 UNAVAILABLE: failed to connect to all addresses")).toEqual([
      "/grpc-status-codes/",
    ]);
  });

  test("a 256 KB paste costs no more than a line", () => {
    const start = performance.now();
    bestBets("failed to connect ".repeat(16 * 1024), names);
    expect(performance.now() - start).toBeLessThan(100);
  });

  test("not a word or two of a longer name", () => {
    expect(urls("gateway timeout")).toEqual([]);
    expect(urls("token")).toEqual([]);
  });
});
