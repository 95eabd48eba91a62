import { describe, expect, test } from "vitest";
import { errorCodeSchema } from "../src/schema.ts";

const base = {
  title: "413 Content Too Large",
  kind: "http",
  standard: {
    name: "RFC 9110 §15.5.14",
    url: "https://www.rfc-editor.org/rfc/rfc9110#section-15.5.14",
  },
  meaning: "The content is larger than the server is willing to process.",
  integration: "The body exceeds the API's limit or a proxy's limit in front of it.",
  tree: "bad-request",
  facts: { status: 413 },
  related: ["bad-requests"],
};

describe("error-code entries", () => {
  test("keep older names as aliases, and default to none", () => {
    const withAliases = errorCodeSchema.parse({
      ...base,
      aliases: ["Payload Too Large", "Request Entity Too Large"],
    });
    expect(withAliases.aliases).toEqual(["Payload Too Large", "Request Entity Too Large"]);
    expect(errorCodeSchema.parse(base).aliases).toEqual([]);
  });

  test("accept gRPC, OAuth and CDN codes with the facts their trees read", () => {
    for (const [kind, facts] of [
      ["grpc", { grpcStatus: "UNAVAILABLE" }],
      ["oauth", { errorCode: "invalid_grant" }],
      ["cdn", { status: 522 }],
    ] as const) {
      expect(errorCodeSchema.safeParse({ ...base, kind, facts }).success, kind).toBe(true);
    }
  });

  test("refuse an unknown kind, naming the allowed ones", () => {
    const result = errorCodeSchema.safeParse({ ...base, kind: "soap" });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]?.message).toBe(
      "`kind` must be one of `http`, `network`, `grpc`, `oauth` or `cdn`.",
    );
  });

  test("refuse an empty alias and an unknown fact", () => {
    expect(errorCodeSchema.safeParse({ ...base, aliases: [" "] }).success).toBe(false);
    expect(errorCodeSchema.safeParse({ ...base, facts: { httpStatus: 413 } }).success).toBe(false);
  });
});
