import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { join } from "node:path";
import { contentDir } from "./lib/paths.ts";
import { docsCollectionSchema } from "./lib/article-schema.ts";
import { errorCodeSchema } from "./lib/error-code-schema.ts";

export const collections = {
  // Articles live in the repository's top-level content/ folder, not in src/content/. Only
  // `.mdx`: the content gate refuses every other file type (a `.md` file would be rendered
  // as Markdown with raw HTML).
  docs: defineCollection({
    loader: glob({ pattern: ["**/*.mdx", "!**/_*", "!**/_*/**"], base: contentDir }),
    // A strict allow-list of fields first (see lib/article-schema.ts), then Starlight's schema.
    schema: docsCollectionSchema,
  }),
  // The error-code reference, generated into /errors/<id>/ from one data file.
  errors: defineCollection({
    loader: file(join(contentDir, "error-codes.yaml")),
    schema: errorCodeSchema,
  }),
};
