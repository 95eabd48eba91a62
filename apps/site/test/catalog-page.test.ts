import { readFileSync } from "node:fs";
import { problemCatalog } from "@kb/rules";
import { describe, expect, test } from "vitest";
import { readPage } from "../src/lib/link-check.ts";

describe("the error catalog page", () => {
  test("has a section for every problem id that kb check, the build or the widget can report", () => {
    const html = readFileSync(
      new URL("../dist/contributing/errors/index.html", import.meta.url),
      "utf8",
    );
    const { ids } = readPage(html);
    const missing = Object.keys(problemCatalog).filter((id) => !ids.has(id));
    expect(missing).toEqual([]);
  });
});
