import { describe, expect, test } from "vitest";
import { sectionPath } from "../src/index.ts";

describe("sectionPath: where the site shows a cause's section", () => {
  test.each([
    ["rate-limiting#burst-concurrency", "/", "/rate-limiting/#burst-concurrency"],
    ["rate-limiting", "/", "/rate-limiting/"],
    ["rate-limiting#burst-concurrency", "/kb", "/kb/rate-limiting/#burst-concurrency"],
    ["rate-limiting", "/kb/", "/kb/rate-limiting/"],
  ])("%s under %s → %s", (section, base, path) => {
    expect(sectionPath(section, base)).toBe(path);
  });
});
