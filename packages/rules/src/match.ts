/**
 * Matching the error signatures on json-rules-engine, on its own entry: the widget reads a
 * paste in a Web Worker (`@kb/rules/incident`'s `parseIncident`) and matches it on the page,
 * where the engine is already loaded, without loading the reader a second time.
 */
export {
  matchIncident,
  prepareSignatures,
  signatureNeedles,
  type Incident,
  type SignatureMatch,
} from "./incident/match-incident.ts";
export type { Needles } from "./incident/find-needles.ts";
export type { ParsedPaste } from "./incident/parse-incident.ts";
