/**
 * The facts signature rules test, as json-rules-engine receives them for one (redacted) paste.
 * Built from what `parseIncident` read (plain data, which the widget's worker sends to the page
 * through `postMessage`): the text itself is searched once, for every phrase and name the
 * signatures use, by `findNeedles` (in the worker when the widget reads a paste).
 */
export interface PasteFacts {
  status?: number;
  /** Response headers: lower-cased name to values, last response only. */
  headers: Record<string, string[]>;
  /** JSON fields by every suffix of their lower-cased path (see incident/json-index.ts). */
  json: Record<string, string[]>;
  /** The signatures' phrases (lower-cased) the lower-cased paste contains. */
  phrases: Set<string>;
  /** The signatures' exception and class names the paste names as whole identifiers. */
  words: Set<string>;
  grpcStatus?: string;
  /** Error codes named by the paste's JSON or XML body, most specific first. */
  codes: string[];
}
