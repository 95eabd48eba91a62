/**
 * Reading pasted errors, on its own entry so the widget can load it only when a reader pastes:
 * `parseIncident` (synchronous extraction and redaction, run in a Web Worker by the widget),
 * `matchIncident` (the error signatures, on json-rules-engine) and `diagnoseText` (both).
 */
export {
  parseIncident,
  MAX_INCIDENT_CHARS,
  type ParsedPaste,
  type PasteSignals,
  type Evidence,
} from "./incident/parse-incident.ts";
export {
  matchIncident,
  signatureNeedles,
  type Incident,
  type SignatureMatch,
} from "./incident/match-incident.ts";
export type { Needles } from "./incident/find-needles.ts";
export { diagnoseText } from "./incident/diagnose-text.ts";
export { redact, REDACTED } from "./incident/redact.ts";
export type { IncidentFacts } from "./incident/facts.ts";
