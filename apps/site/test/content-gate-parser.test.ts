import { realpathSync } from "node:fs";
import { createRequire } from "node:module";
import { fileURLToPath } from "node:url";
import { expect, test } from "vitest";

/** The file a package resolves to from another package, as Node would load it. */
const resolveFrom = (from: string, name: string) => realpathSync(createRequire(from).resolve(name));

// The gate judges articles on the tree of satteri, the MDX parser Astro's build uses; if the two
// ever resolved different copies, an article could parse one way in `kb check` and another in
// the build. The lockfile must keep them one and the same.
test("the content gate and the build parse MDX with the same satteri", () => {
  const gate = resolveFrom(fileURLToPath(import.meta.resolve("@kb/content-gate")), "satteri");
  const mdx = resolveFrom(
    fileURLToPath(import.meta.resolve("@astrojs/mdx")),
    "@astrojs/markdown-satteri",
  );
  expect(resolveFrom(mdx, "satteri")).toBe(gate);
});
