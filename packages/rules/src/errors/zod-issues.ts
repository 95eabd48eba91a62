import type { z } from "zod";
import { problem } from "./content-problem.ts";
import type { Problem } from "./problem.ts";

function valueAt(data: unknown, path: readonly PropertyKey[]): { found: boolean; value: unknown } {
  let value = data;
  for (const key of path) {
    if (typeof value !== "object" || value === null || !Object.hasOwn(value, key))
      return { found: false, value: undefined };
    value = (value as Record<PropertyKey, unknown>)[key];
  }
  return { found: true, value };
}

function kindOf(value: unknown): string {
  if (Array.isArray(value)) return "a list";
  if (value === null) return "empty (null)";
  if (typeof value === "object") return "a mapping";
  return `a ${typeof value}`;
}

function describe(issue: z.core.$ZodIssue, data: unknown): string {
  switch (issue.code) {
    case "unrecognized_keys": {
      // `{ label: Retry, then wait }`: in a flow mapping a comma ends the text, and the rest
      // becomes a key with a space in it.
      const flowHint = issue.keys.some((k) => /\s/.test(k))
        ? " (inside `{ … }` a comma ends unquoted text: put the text in quotes)"
        : "";
      return `has unknown field${issue.keys.length > 1 ? "s" : ""} ${issue.keys.map((k) => `\`${k}\``).join(", ")}; check the spelling or remove ${issue.keys.length > 1 ? "them" : "it"}${flowHint}`;
    }
    case "invalid_type": {
      const at = valueAt(data, issue.path);
      if (!at.found)
        return `is required (expected ${issue.expected === "array" ? "a list" : `a ${issue.expected}`})`;
      const got = kindOf(at.value);
      // The classic YAML trap: unquoted text containing ": " becomes a mapping.
      const yamlHint =
        issue.expected === "string" && got === "a mapping"
          ? ' (in YAML, unquoted text containing ": " starts a mapping: put the text in quotes or use `>-`)'
          : "";
      return `must be ${issue.expected === "array" ? "a list" : `a ${issue.expected}`}, not ${got}${yamlHint}`;
    }
    case "invalid_union":
      if ("discriminator" in issue && issue.discriminator)
        return `\`${String(issue.discriminator)}\` must be one of \`choice\`, \`yesno\` or \`number\``;
      return "does not match any allowed shape";
    case "invalid_value":
      return `must be one of ${issue.values.map((v) => `\`${String(v)}\``).join(", ")}`;
    case "too_small":
      return issue.origin === "array"
        ? `needs at least ${String(issue.minimum)} item(s)`
        : issue.message;
    default:
      return issue.message;
  }
}

/** The size limit a `too_big` issue of a tree file breaks (catalog-limits.ts), by its path. */
function limitId(issue: z.core.$ZodIssue): Parameters<typeof problem>[0] | undefined {
  if (issue.code !== "too_big") return undefined;
  if (issue.origin === "string") return "tree-text-too-long";
  const last = issue.path[issue.path.length - 1];
  if (last === "questions") return "tree-too-many-questions";
  if (last === "options" || last === "ranges") return "tree-too-many-options";
  if (last === "examples") return "tree-too-many-examples";
  return "tree-too-many-items";
}

/**
 * Turns zod issues into catalog problems with plain-language messages, so nobody sees a raw
 * ZodError. `id` picks the catalog entry (tree files and frontmatter use different ones).
 */
export function problemsFromZod(
  error: z.ZodError,
  data: unknown,
  id: Parameters<typeof problem>[0] = "tree-schema",
): Problem[] {
  return error.issues.map((issue) => {
    const path = issue.path.map((p) => (typeof p === "symbol" ? String(p) : p));
    const field = path.length > 0 ? `\`${path.join(".")}\`` : "The file";
    const limit = id === "tree-schema" ? limitId(issue) : undefined;
    return problem(limit ?? id, `${field} ${describe(issue, data)}.`, path);
  });
}
