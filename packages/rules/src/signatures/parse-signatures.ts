import { LineCounter, parseDocument } from "yaml";
import { problem } from "../errors/content-problem.ts";
import type { Problem } from "../errors/problem.ts";
import { problemsFromZod } from "../errors/zod-issues.ts";
import { yamlLocator, type Locate } from "../errors/yaml-locator.ts";
import { signatureFileSchema, type SignatureFile } from "../schemas/signature.ts";

/** A signature file read from YAML, and where each path of it sits. */
export interface ParsedSignatures {
  file: string;
  data?: SignatureFile;
  problems: Problem[];
  locate: Locate;
}

/**
 * Reads one signature file (`packages/rules/signatures/<family>.yaml`): YAML syntax and the
 * schema, with line and column on every problem. Never throws.
 */
export function parseSignatureFile(source: string, file: string): ParsedSignatures {
  const counter = new LineCounter();
  const doc = parseDocument(source, {
    lineCounter: counter,
    uniqueKeys: true,
    prettyErrors: false,
  });
  const locate = yamlLocator(doc, counter);
  const place = (ps: Problem[]) => ps.map((p) => ({ ...p, file, ...locate(p.path) }));
  if (doc.errors.length > 0) {
    return {
      file,
      locate,
      problems: doc.errors.map((e) => {
        const at = counter.linePos(e.pos[0]);
        const first = e.message.split("\n")[0] ?? e.message;
        return { ...problem("signature-yaml-syntax", first), file, line: at.line, column: at.col };
      }),
    };
  }
  let data: unknown;
  try {
    data = doc.toJS({ maxAliasCount: 50 });
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return { file, locate, problems: [{ ...problem("signature-yaml-syntax", message), file }] };
  }
  const parsed = signatureFileSchema.safeParse(data);
  if (!parsed.success)
    return {
      file,
      locate,
      problems: place(problemsFromZod(parsed.error, data, "signature-schema")),
    };
  return { file, locate, data: parsed.data, problems: [] };
}
