/**
 * Reading pasted errors, on its own entry so the widget can load it only when a reader pastes:
 * `parseIncident` (synchronous extraction and redaction, run in a Web Worker by the widget),
 * `matchIncident` (the error signatures, on json-rules-engine) and `diagnoseText` (both).
 */
// The matching half is `@kb/rules/match` (the widget loads it without the reader).
export * from "./match.ts";
export {
  parseIncident,
  MAX_INCIDENT_CHARS,
  type PasteSignals,
  type Evidence,
} from "./incident/parse-incident.ts";
export { diagnoseText } from "./incident/diagnose-text.ts";
export { redact, REDACTED } from "./incident/redact.ts";
export type { IncidentFacts } from "./incident/facts.ts";
