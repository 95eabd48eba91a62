/**
 * A browser stand-in for `jsonpath-plus`. json-rules-engine imports it at load time, but trees
 * cannot contain JSONPath conditions (the schema has no `path`) and `compileTree` installs a
 * resolver that never calls it, so the widget's bundle leaves the library (a third of the
 * engine's size, with a history of code-execution advisories) out.
 */
export function JSONPath(): never {
  throw new Error("JSONPath conditions are not supported in triage trees.");
}
