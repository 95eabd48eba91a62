/** The site-relative URL of an article section given as `slug#anchor` (or a bare slug). */
export function sectionHref(section: string): string {
  const base = import.meta.env.BASE_URL.replace(/\/?$/, "/");
  const [slug = "", anchor] = section.split("#");
  return `${base}${slug}/${anchor ? `#${anchor}` : ""}`;
}
