// A plain Starlight site (its defaults, the same sidebar shape as ours) over the same articles,
// so the benchmark's ratio shows what the knowledge base's own features cost.
import { fileURLToPath } from "node:url";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import { categoryIds as categories } from "@kb/rules/schema";

export default defineConfig({
  outDir: process.env.KB_OUT_DIR ?? "./dist",
  integrations: [
    starlight({
      title: "Plain Starlight",
      sidebar: [
        { label: "Start here", items: [{ label: "Home", link: "/" }] },
        ...categories.map((c) => ({ label: c, link: `/${c}/` })),
      ],
    }),
  ],
  vite: {
    resolve: {
      // Articles import the knowledge base's <Causes />; here it renders nothing.
      alias: { "@kb/components": fileURLToPath(new URL("./src/components.ts", import.meta.url)) },
    },
  },
});
