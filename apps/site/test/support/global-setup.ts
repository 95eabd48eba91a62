import { existsSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { preview } from "astro";
import type { TestProject } from "vitest/node";

declare module "vitest" {
  export interface ProvidedContext {
    baseUrl: string;
  }
}

/** Serves the built site on 127.0.0.1 for the browser tests, with Astro's own preview server. */
export default async function setup(project: TestProject) {
  const root = fileURLToPath(new URL("../../", import.meta.url));
  if (!existsSync(`${root}dist/index.html`)) {
    throw new Error(
      "apps/site/dist is missing: build the site first (`pnpm test` does it; alone: `pnpm --filter @kb/site build`).",
    );
  }
  const server = await preview({ root, server: { host: "127.0.0.1", port: 0 }, logLevel: "error" });
  project.provide("baseUrl", `http://127.0.0.1:${server.port}`);
  return async () => server.stop();
}
