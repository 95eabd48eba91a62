/** The tree that routes "my integration is failing", or a pasted error, to a specific tree. */
export const ENTRY_TREE = "integration-failing";

/**
 * The site path of a cause's `section` (`slug#anchor`) or of an article slug, e.g.
 * `rate-limiting#burst-concurrency` → `/rate-limiting/#burst-concurrency`. Shared by the site,
 * the widget and the CLI so they all link to the same place.
 */
export function sectionPath(section: string, base = "/"): string {
  const [slug = "", anchor] = section.split("#");
  return `${base.replace(/\/?$/, "/")}${slug}/${anchor ? `#${anchor}` : ""}`;
}
