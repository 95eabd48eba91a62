import { defineMiddleware } from "astro:middleware";
import { withPolicy } from "./lib/csp.ts";
import { pageCollector } from "./lib/link-check.ts";

/**
 * As each page is built: gives it a strict Content-Security-Policy with the hashes of its own
 * inline scripts, and hands it to the link check (integrations/kb-postbuild.ts), which reads
 * its ids and links on another thread. Doing both here, on the HTML in memory, spares a second
 * pass that read, parsed and rewrote every page (17 s of a 5,000-article build).
 */
export const onRequest = defineMiddleware(async (context, next) => {
  const response = await next();
  if (import.meta.env.DEV || !response.headers.get("content-type")?.includes("text/html"))
    return response;
  const html = withPolicy(await response.text());
  pageCollector()?.add(context.url.pathname, html);
  return new Response(html, {
    status: response.status,
    statusText: response.statusText,
    headers: response.headers,
  });
});
