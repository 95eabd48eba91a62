import type { Problem } from "@kb/rules";
import { MAX_SLUG_LENGTH, RESERVED_SLUGS, SLUG } from "./limits.ts";
import { located } from "./problems.ts";

/**
 * Problems with an article slug (a file name without `.mdx`, or a folder name in content/):
 * its shape, its length, and names the site or Windows reserve. `kb new` and `kb check` both
 * use it, so a slug one accepts the other accepts.
 */
export function checkSlug(slug: string, file = "<slug>"): Problem[] {
  if (!SLUG.test(slug))
    return [
      located(
        "content-file-name",
        `"${slug}" is not lower-case words joined by hyphens (a-z, 0-9 and -).`,
        file,
      ),
    ];
  if (slug.length > MAX_SLUG_LENGTH)
    return [
      located(
        "content-slug-too-long",
        `"${slug}" has ${slug.length} characters; the limit is ${MAX_SLUG_LENGTH}.`,
        file,
      ),
    ];
  if (RESERVED_SLUGS.has(slug))
    return [
      located(
        "content-reserved-slug",
        `"${slug}" is reserved: the site or Windows already uses that name.`,
        file,
      ),
    ];
  return [];
}
