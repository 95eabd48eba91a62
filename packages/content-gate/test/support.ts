import { readFileSync } from "node:fs";
import { checkArticleSource, checkDataSource } from "../src/index.ts";

/** The text of a fixture file, `test/fixtures/<feature>/<name>`. */
export const fixture = (feature: string, name: string): string =>
  readFileSync(new URL(`./fixtures/${feature}/${name}`, import.meta.url), "utf8");

/** What the gate reports for a fixture article, as `id@line`, in order. */
export function articleProblems(feature: string, name: string): string[] {
  return checkArticleSource(`content/${name}`, fixture(feature, name)).problems.map(
    (p) => `${p.id}@${p.line}`,
  );
}

/** What the gate reports for a fixture YAML data file, as `id@line:column`. */
export function dataProblems(name: string, strict = true): string[] {
  return checkDataSource(fixture("data", name), name, { strict }).map(
    (p) => `${p.id}@${p.line}:${p.column}`,
  );
}
