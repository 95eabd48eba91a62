/** The one module articles may import from, and what it offers. */
export const ALLOWED_MODULE = "@kb/components";
export const ALLOWED_COMPONENTS: ReadonlySet<string> = new Set(["Causes"]);
/** Attributes each allowed component takes: plain strings only. */
export const COMPONENT_ATTRIBUTES: Record<string, ReadonlySet<string>> = {
  Causes: new Set(["tree"]),
};

/** Files content/ may hold besides `<slug>.mdx` articles. */
export const ERROR_CODES_FILE = "error-codes.yaml";
export const TEMPLATE_FILE = "_template.mdx";

/** Byte limits per kind of file. */
export const MAX_ARTICLE_BYTES = 256 * 1024;
export const MAX_DATA_BYTES = 512 * 1024;
/** The longest slug (file name without `.mdx`). */
export const MAX_SLUG_LENGTH = 60;
/** Plain-text limits of frontmatter fields, in characters. */
export const TEXT_LIMITS = {
  title: { min: 1, max: 100 },
  description: { min: 50, max: 300 },
} as const;

/**
 * Slugs the site already publishes pages at, and names Windows cannot create (any extension).
 * `kb new` refuses them, and so does `kb check` for files in content/.
 */
export const RESERVED_SLUGS: ReadonlySet<string> = new Set([
  "index",
  "404",
  "errors",
  "trees",
  "pagefind",
  "categories",
  "contributing",
  "_astro",
  "con",
  "prn",
  "aux",
  "nul",
  ...Array.from({ length: 9 }, (_, i) => `com${i + 1}`),
  ...Array.from({ length: 9 }, (_, i) => `lpt${i + 1}`),
]);

/** Lower-case words joined by hyphens: the only shape of file and folder names. */
export const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** Frontmatter fields an article in content/ may use: content/_template.mdx lists them all. */
export const ARTICLE_KEYS: readonly string[] = [
  "title",
  "description",
  "type",
  "category",
  "errorCodes",
  "symptoms",
  "keywords",
  "tree",
  "related",
  "lastReviewed",
];

/**
 * Fields the pages the site generates (`type: page`, never a file in content/) pass to
 * Starlight: flags only, nothing that carries markup or a URL.
 */
export const PAGE_KEYS: readonly string[] = [
  "type",
  "title",
  "description",
  "tableOfContents",
  "editUrl",
  "pagefind",
];
