import { readdirSync, readFileSync } from "node:fs";
import {
  parseSignatureFile,
  type ParsedSignatures,
} from "../../src/signatures/parse-signatures.ts";

/** The folder of the shipped signature files. */
export const signaturesDir = new URL("../../signatures/", import.meta.url);

/** Every shipped signature file, parsed. */
export function signatureFiles(): ParsedSignatures[] {
  return readdirSync(signaturesDir)
    .filter((f) => f.endsWith(".yaml") && !f.startsWith("_"))
    .sort()
    .map((f) =>
      parseSignatureFile(
        readFileSync(new URL(f, signaturesDir), "utf8"),
        `packages/rules/signatures/${f}`,
      ),
    );
}
