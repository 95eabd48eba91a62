import { defineCollection } from "astro:content";
import { file, glob } from "astro/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { join } from "node:path";
import { contentDir } from "./lib/paths.ts";
import { articleSchema } from "./lib/article-schema.ts";
import { errorCodeSchema } from "./lib/error-code-schema.ts";

export const collections = {
  // Articles live in the repository's top-level content/ folder, not in src/content/.
  docs: defineCollection({
    loader: glob({ pattern: ["**/*.{md,mdx}", "!**/_*", "!**/_*/**"], base: contentDir }),
    schema: docsSchema({ extend: articleSchema }),
  }),
  // The error-code reference, generated into /errors/<id>/ from one data file.
  errors: defineCollection({
    loader: file(join(contentDir, "error-codes.yaml")),
    schema: errorCodeSchema,
  }),
};
