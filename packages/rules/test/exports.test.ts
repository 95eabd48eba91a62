import { describe, expect, test } from "vitest";
import * as incident from "../src/incident.ts";
import * as main from "../src/index.ts";
import * as match from "../src/match.ts";
import * as runtime from "../src/runtime.ts";
import * as schema from "../src/schema.ts";

// Pins the public API: a change here is a change every consumer (site, CLI, checks) sees.
describe("public API", () => {
  test("@kb/rules", () => {
    expect(Object.keys(main).sort()).toEqual([
      "ENTRY_TREE",
      "MAX_INCIDENT_CHARS",
      "REDACTED",
      "UNSURE",
      "checkSignatures",
      "checkTreeSource",
      "compileTree",
      "compiledSignatureModules",
      "conditionNames",
      "createTriage",
      "diagnose",
      "diagnoseText",
      "edgesOf",
      "explain",
      "formatPath",
      "formatProblem",
      "formatReport",
      "hashTree",
      "matchIncident",
      "parseIncident",
      "parseSignatureFile",
      "parseState",
      "parseTree",
      "prepareSignatures",
      "problem",
      "problemCatalog",
      "problemsFromZod",
      "redact",
      "rulesFor",
      "runExamples",
      "sectionPath",
      "serializeState",
      "serializeStateThrough",
      "signatureFileSchema",
      "signatureNeedles",
      "signatureSchema",
      "treesInState",
      "validateTree",
    ]);
  });

  test("@kb/rules/runtime stays browser-sized: no schema, YAML or validation", () => {
    expect(Object.keys(runtime).sort()).toEqual([
      "ENTRY_TREE",
      "UNSURE",
      "createTriage",
      "edgesOf",
      "explain",
      "formatReport",
      "parseState",
      "sectionPath",
      "serializeState",
      "serializeStateThrough",
      "treesInState",
    ]);
  });

  test("@kb/rules/incident, @kb/rules/match and @kb/rules/schema", () => {
    expect(Object.keys(incident).sort()).toEqual([
      "MAX_INCIDENT_CHARS",
      "REDACTED",
      "diagnoseText",
      "matchIncident",
      "parseIncident",
      "prepareSignatures",
      "redact",
      "signatureNeedles",
    ]);
    // What the widget's page loads to match a paste read in its worker: nothing of the reader.
    expect(Object.keys(match).sort()).toEqual([
      "matchIncident",
      "prepareSignatures",
      "signatureNeedles",
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
