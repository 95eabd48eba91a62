import { matchIncident, type Incident } from "./match-incident.ts";
import { parseIncident } from "./parse-incident.ts";

/**
 * Reads a paste (`parseIncident`) and matches the error signatures on json-rules-engine
 * (`matchIncident`): the one path from pasted text to what was understood, for the CLI, the
 * corpus, the benchmark and the widget (which runs the two halves in a worker and the page).
 */
export async function diagnoseText(text: unknown): Promise<Incident> {
  return matchIncident(parseIncident(text));
}
