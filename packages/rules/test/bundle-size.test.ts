import { describe, expect, test } from "vitest";
import { bundleSize } from "../bench/bundle.ts";

// Deterministic byte budgets (the same source always bundles to the same size).
describe("what the widget loads from @kb/rules stays small", () => {
  test("sessions, saved states and the engine: at most 20 KB gzip", async () => {
    const { gzip } = await bundleSize("runtime");
    expect(gzip, `${gzip} bytes gzip`).toBeLessThanOrEqual(20 * 1024);
  });

  test("the paste reader, loaded on first paste: at most 6 KB gzip", async () => {
    const { gzip } = await bundleSize("incident");
    expect(gzip, `${gzip} bytes gzip`).toBeLessThanOrEqual(6 * 1024);
  });
});
