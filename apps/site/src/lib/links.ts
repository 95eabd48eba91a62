import { sectionPath } from "@kb/rules/runtime";

/** The site-relative URL of an article section given as `slug#anchor` (or a bare slug). */
export function sectionHref(section: string): string {
  return sectionPath(section, import.meta.env.BASE_URL);
}
