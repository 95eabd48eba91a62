import { describe, expect, test } from "vitest";
import * as incident from "../src/incident.ts";
import * as main from "../src/index.ts";
import * as runtime from "../src/runtime.ts";
import * as schema from "../src/schema.ts";

// Pins the public API: a change here is a change every consumer (site, CLI, checks) sees.
describe("public API", () => {
  test("@kb/rules", () => {
    expect(Object.keys(main).sort()).toEqual([
      "ENTRY_TREE",
      "MAX_INCIDENT_CHARS",
      "REDACTED",
      "checkTreeSource",
      "compileTree",
      "createTriage",
      "edgesOf",
      "explain",
      "formatPath",
      "formatProblem",
      "formatReport",
      "hashTree",
      "parseIncident",
      "parseState",
      "parseTree",
      "problem",
      "problemCatalog",
      "problemsFromZod",
      "redact",
      "rulesFor",
      "runExamples",
      "sectionPath",
      "serializeState",
      "treesInState",
      "validateTree",
    ]);
  });

  test("@kb/rules/runtime stays browser-sized: no schema, YAML or validation", () => {
    expect(Object.keys(runtime).sort()).toEqual([
      "ENTRY_TREE",
      "createTriage",
      "explain",
      "formatReport",
      "parseState",
      "sectionPath",
      "serializeState",
      "treesInState",
    ]);
  });

  test("@kb/rules/incident and @kb/rules/schema", () => {
    expect(Object.keys(incident).sort()).toEqual([
      "MAX_INCIDENT_CHARS",
      "REDACTED",
      "parseIncident",
      "redact",
    ]);
    expect(Object.keys(schema).sort()).toEqual([
      "articleFields",
      "articleSchema",
      "categories",
      "categoryIds",
      "causeSchema",
      "errorCodeSchema",
      "exampleSchema",
      "incidentFactNames",
      "questionSchema",
      "slugSchema",
      "treeJsonSchema",
      "treeSchema",
    ]);
  });
});
