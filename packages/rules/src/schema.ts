/** The zod schemas of `@kb/rules`, for tools that validate or generate JSON Schema. */
export {
  treeSchema,
  questionSchema,
  causeSchema,
  exampleSchema,
  slugSchema,
  incidentFactNames,
  type Tree,
  type TreeInput,
  type Question,
  type Cause,
  type TreeExample,
  type IncidentFactName,
} from "./schemas/tree.ts";
export { treeJsonSchema } from "./schemas/tree-json-schema.ts";
