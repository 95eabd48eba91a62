import type { RuleCondition } from "./compiled.ts";

/** How many leaf tests a condition holds: a signature's specificity, which breaks ties of priority. */
export function weightOf(c: RuleCondition): number {
  if ("all" in c) return c.all.reduce((n, x) => n + weightOf(x), 0);
  if ("any" in c) return Math.max(0, ...c.any.map(weightOf));
  if ("not" in c) return 0;
  return 1;
}
