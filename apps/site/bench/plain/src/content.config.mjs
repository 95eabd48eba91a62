import { defineCollection } from "astro:content";
import { glob } from "astro/loaders";
import { z } from "astro/zod";
import { docsSchema } from "@astrojs/starlight/schema";

// JavaScript, not TypeScript: this project is only built by the benchmark, so it has no generated
// astro:content types to check against.
export const collections = {
  docs: defineCollection({
    loader: glob({
      pattern: ["**/*.{md,mdx}", "!**/_*"],
      base: process.env.KB_CONTENT_DIR ?? "../../../../content",
    }),
    // The knowledge base's extra frontmatter is accepted and ignored.
    schema: docsSchema({ extend: z.object({}).passthrough() }),
  }),
};
