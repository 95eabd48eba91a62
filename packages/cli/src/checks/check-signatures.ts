import { existsSync } from "node:fs";
import { basename, join } from "node:path";
import {
  checkSignatures,
  compiledSignatureModules,
  parseSignatureFile,
  problem,
  type Problem,
  type Tree,
} from "@kb/rules";
import { listFiles, read, type Repo } from "../repo.ts";

/**
 * The checks of `packages/rules/signatures/*.yaml`: schema, unique ids, https references, every
 * example run through json-rules-engine, overlaps, and that the compiled module the paste
 * reader ships was rebuilt after the last edit.
 */
export async function checkSignatureFiles(repo: Repo, trees: Tree[]): Promise<Problem[]> {
  const dir = join(repo.treesDir, "..", "signatures");
  const files = listFiles(dir, /\.ya?ml$/).map((f) => parseSignatureFile(read(f), repo.rel(f)));
  const problems = await checkSignatures(files);
  // A repository without signature files (a fixture, a fork of the content only) ships none.
  if (files.length === 0 || problems.some((p) => p.severity === "error")) return problems;
  const generatedDir = join(repo.treesDir, "..", "src", "signatures");
  const expected = compiledSignatureModules(files, trees);
  for (const [name, source] of Object.entries(expected)) {
    const generatedFile = join(generatedDir, name);
    const current = existsSync(generatedFile) ? read(generatedFile) : "";
    if (current !== source)
      problems.push({
        ...problem(
          "signature-not-built",
          `${repo.rel(generatedFile)} does not match ${files.length} signature file(s) in ${basename(dir)}/.`,
        ),
        file: repo.rel(generatedFile),
      });
  }
  return problems;
}
