import { problem } from "../errors/content-problem.ts";
import type { Problem } from "../errors/problem.ts";
import { parseIncident } from "../incident/parse-incident.ts";
import { toPasteFacts } from "../incident/match-incident.ts";
import { compileAll, compileSignature } from "./compile-signature.ts";
import { byPrecedence, runSignatures, signatureEngine } from "./engine.ts";
import { needlesOf } from "./needles.ts";
import type { ParsedSignatures } from "./parse-signatures.ts";

/**
 * Every check of the signature files beyond their schema: ids unique across files, each
 * signature matches its `match` examples and none of its `noMatch` ones (on json-rules-engine,
 * read and run exactly as readers' pastes are), and overlaps where two
 * signatures claim one example with different conditions (a warning).
 */
export async function checkSignatures(files: readonly ParsedSignatures[]): Promise<Problem[]> {
  const problems: Problem[] = files.flatMap((f) => f.problems);
  const all = compileAll(files);
  const engine = signatureEngine(all);
  const needles = needlesOf(all);
  const seen = new Map<string, string>();
  let next = 0;
  for (const f of files) {
    const at = (path: (string | number)[]) => ({ file: f.file, ...f.locate(path) });
    for (const [i, sig] of (f.data?.signatures ?? []).entries()) {
      const prior = seen.get(sig.id);
      if (prior)
        problems.push({
          ...problem("signature-duplicate-id", `The id "${sig.id}" is also used in ${prior}.`, [
            "signatures",
            i,
            "id",
          ]),
          ...at(["signatures", i, "id"]),
        });
      seen.set(sig.id, f.file);
      // `kb new signature` leaves a placeholder link that must not ship.
      if (sig.title.startsWith("TODO"))
        problems.push({
          ...problem(
            "signature-schema",
            `"${sig.id}" still has a placeholder title from \`kb new signature\`: say what the error means.`,
            ["signatures", i, "title"],
          ),
          ...at(["signatures", i, "title"]),
        });
      sig.references.forEach((url, r) => {
        if (/^https:\/\/[^/]*\.invalid(?:[/:?#]|$)/i.test(url))
          problems.push({
            ...problem(
              "signature-schema",
              `"${sig.id}" still has a placeholder from \`kb new signature\`: give its title and the provider's documentation link.`,
              ["signatures", i, "references", r],
            ),
            ...at(["signatures", i, "references", r]),
          });
      });
      // `all` holds the compiled signatures in this same order.
      const compiled = all[next++] ?? compileSignature(sig, f.data?.provider);
      const cases = [
        ...sig.examples.match.map((text, j) => ({
          text,
          want: true,
          path: ["signatures", i, "examples", "match", j],
        })),
        ...(sig.examples.noMatch ?? []).map((text, j) => ({
          text,
          want: false,
          path: ["signatures", i, "examples", "noMatch", j],
        })),
      ];
      for (const c of cases) {
        const facts = toPasteFacts(parseIncident(c.text), needles);
        const byEngine = (await runSignatures(engine, all, facts)).matched.map((v) => v.signature);
        const ids = byEngine.map((s) => s.id);
        if (ids.includes(sig.id) !== c.want)
          problems.push({
            ...problem(
              "signature-example-failed",
              c.want
                ? `"${sig.id}" does not match this example.`
                : `"${sig.id}" matches this example, listed under noMatch.`,
              c.path,
            ),
            ...at(c.path),
          });
        const others = byEngine.filter(
          (s) =>
            s !== compiled &&
            s.yields.condition !== sig.yields.condition &&
            byPrecedence(s, compiled) <= 0,
        );
        if (c.want && others.length > 0)
          problems.push({
            ...problem(
              "signature-overlap",
              `"${sig.id}" (${sig.yields.condition}) and ${others.map((s) => `"${s.id}" (${s.yields.condition})`).join(", ")} match this example and rank as high or higher.`,
              c.path,
              "warning",
            ),
            ...at(c.path),
          });
      }
    }
  }
  return problems;
}
