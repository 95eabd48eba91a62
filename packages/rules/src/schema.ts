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
export {
  articleSchema,
  articleFields,
  type ArticleFields,
  type ArticleData,
} from "./schemas/article.ts";
export { categories, categoryIds, type CategoryId } from "./content/categories.ts";
export { errorCodeSchema, type ErrorCode } from "./schemas/error-code.ts";
