/** Reading pasted errors, on its own entry so the widget can load it only when a reader pastes. */
export {
  parseIncident,
  MAX_INCIDENT_CHARS,
  type Incident,
  type Evidence,
} from "./incident/parse-incident.ts";
export { redact, REDACTED } from "./incident/redact.ts";
export type { IncidentFacts } from "./incident/facts.ts";
