import { fileURLToPath } from "node:url";
import starlight from "@astrojs/starlight";
import { defineConfig } from "astro/config";
import { browserAliases } from "@kb/rules/browser-aliases";
import { kbContentGate } from "./src/integrations/kb-content-gate.ts";
import { kbPostbuild } from "./src/integrations/kb-postbuild.ts";
import { kbTrees } from "./src/integrations/kb-trees.ts";
import { categories } from "./src/lib/categories.ts";
import { contentDir } from "./src/lib/paths.ts";

const root = fileURLToPath(new URL("../../", import.meta.url));
const repo = "https://github.com/integration-kb/integration-kb";

export default defineConfig({
  site: process.env.KB_SITE_URL ?? "https://integration-kb.github.io",
  base: process.env.KB_BASE ?? "/",
  trailingSlash: "always",
  // Benchmarks build generated content into a scratch folder, leaving dist/ alone.
  ...(process.env.KB_OUT_DIR ? { outDir: process.env.KB_OUT_DIR } : {}),
  integrations: [
    // First: nothing from content/ is loaded or compiled (MDX runs as code) before the gate passes.
    kbContentGate({
      contentDir,
      treesDir: fileURLToPath(new URL("../../packages/rules/trees/", import.meta.url)),
      root,
    }),
    kbTrees({ dir: fileURLToPath(new URL("../../packages/rules/trees/", import.meta.url)), root }),
    starlight({
      title: "Integration KB",
      description:
        "Find why an API integration fails — 401s, 429s, timeouts, webhooks that never arrive, rejected payloads — answer a few questions, and get the cause and its fix.",
      // Starlight resolves an article's path from apps/site/, so content/x.mdx is "../../content/x.mdx".
      editLink: { baseUrl: `${repo}/edit/main/apps/site/` },
      // Dates come from `lastReviewed` (route-middleware.ts), not git, which only covers src/content/docs.
      lastUpdated: false,
      // Short, focused pages (an error code's own page) should win over long articles that
      // merely mention the code many times; see test/search-quality.test.ts.
      pagefind: { ranking: { termFrequency: 0.1, pageLength: 1 } },
      social: [{ icon: "github", label: "GitHub", href: repo }],
      customCss: ["./src/styles/kb.css", "./src/styles/no-script-theme.css"],
      // Long commands wrap instead of scrolling: readable at 375 px, and no unnamed scroll regions.
      expressiveCode: { defaultProps: { wrap: true } },
      sidebar: [
        {
          label: "Start here",
          items: [
            { label: "My integration is failing", link: "/" },
            { label: "Error codes", link: "/errors/" },
          ],
        },
        ...categories.map((c) => ({ label: c.label, link: `/categories/${c.id}/` })),
      ],
      components: {
        MarkdownContent: "./src/components/MarkdownContent.astro",
        LastUpdated: "./src/components/LastUpdated.astro",
        Search: "./src/components/Search.astro",
      },
      routeMiddleware: ["./src/route-middleware.ts", "./src/navigation-route-middleware.ts"],
    }),
    kbPostbuild(),
  ],
  vite: {
    build: {
      // Scripts stay files in _astro/ (allowed by the policy's 'self'), never inlined into the
      // page, where their hashes would have to be taken from the output (src/lib/csp.ts).
      // Other assets keep Vite's default.
      assetsInlineLimit: (file: string) => (/\.[cm]?js$/.test(file) ? false : undefined),
      rolldownOptions: {
        // MDX outside src/ makes Vite warn once per article that Astro's "use astro:head-inject"
        // directive may not be preserved; Astro handles it. Ten log lines an article is 50,000
        // lines at 5,000 articles, which hide real warnings and cost build time.
        onLog(level, log, handler) {
          if (log.code === "MODULE_LEVEL_DIRECTIVE") return;
          handler(level, log);
        },
      },
    },
    resolve: {
      // Small stand-ins for engine dependencies the widget never uses (see @kb/rules/src/shims).
      alias: {
        ...Object.fromEntries(
          Object.entries(browserAliases).map(([name, target]) => [
            name,
            fileURLToPath(import.meta.resolve(target)),
          ]),
        ),
        // The only module articles in content/ may import from.
        "@kb/components": fileURLToPath(
          new URL("./src/components/content/index.ts", import.meta.url),
        ),
      },
    },
  },
});
