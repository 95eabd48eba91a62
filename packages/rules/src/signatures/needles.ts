import type { Needles } from "../incident/find-needles.ts";
import type { RuleCondition, RuleSignature } from "./compiled.ts";

/** Every phrase and name the signatures' rules test, each once. */
export function needlesOf(signatures: readonly RuleSignature[]): Needles {
  const phrases = new Set<string>();
  const words = new Set<string>();
  const walk = (c: RuleCondition): void => {
    if ("all" in c) c.all.forEach(walk);
    else if ("any" in c) c.any.forEach(walk);
    else if ("not" in c) walk(c.not);
    else if (c.operator === "phrase" || c.operator === "word")
      for (const v of c.value as unknown[])
        (c.operator === "phrase" ? phrases : words).add(String(v));
  };
  for (const s of signatures) walk(s.conditions);
  return { phrases: [...phrases], words: [...words] };
}
