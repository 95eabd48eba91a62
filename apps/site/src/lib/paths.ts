import { fileURLToPath } from "node:url";

/** Where articles come from. Benchmarks point `KB_CONTENT_DIR` at generated content. */
export const contentDir =
  process.env.KB_CONTENT_DIR || fileURLToPath(new URL("../../../../content/", import.meta.url));
