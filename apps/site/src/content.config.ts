import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { docsSchema } from "@astrojs/starlight/schema";
import { contentDir } from "./lib/paths.ts";
import { articleSchema } from "./lib/article-schema.ts";

export const collections = {
  // Articles live in the repository's top-level content/ folder, not in src/content/.
  docs: defineCollection({
    loader: glob({ pattern: ["**/*.{md,mdx}", "!**/_*", "!**/_*/**"], base: contentDir }),
    schema: docsSchema({ extend: articleSchema }),
  }),
};
