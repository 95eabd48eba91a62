import { z } from "zod";
import { ARTICLE_KEYS, PAGE_KEYS, TEXT_LIMITS } from "./limits.ts";
import { plainTextReason } from "./text.ts";

const FLAGS = new Set(["tableOfContents", "editUrl", "pagefind"]);

/**
 * The site's first stage of the docs collection schema, before Starlight's: refuses every
 * frontmatter key that is not allowed (so Starlight's `head`, `banner`, `hero`, `template`…
 * never reach a page), keeps title and description plain text, and lets generated pages
 * (`type: page`) pass only on/off flags. Messages start with the gate's problem id.
 */
export const frontmatterAllowList = z.record(z.string(), z.unknown()).superRefine((data, ctx) => {
  const page = data.type === "page";
  const allowed = page ? PAGE_KEYS : ARTICLE_KEYS;
  for (const key of Object.keys(data)) {
    if (!allowed.includes(key))
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `content-frontmatter-key: \`${key}\` is not a field articles may use; allowed: ${ARTICLE_KEYS.join(", ")}.`,
      });
    else if (page && FLAGS.has(key) && typeof data[key] !== "boolean")
      ctx.addIssue({
        code: "custom",
        path: [key],
        message: `\`${key}\` may only be true or false.`,
      });
  }
  for (const field of Object.keys(TEXT_LIMITS) as (keyof typeof TEXT_LIMITS)[]) {
    const value = data[field];
    const reason = typeof value === "string" ? plainTextReason(field, value) : undefined;
    if (reason)
      ctx.addIssue({ code: "custom", path: [field], message: `content-plain-text: ${reason}.` });
  }
});
