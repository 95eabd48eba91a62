import { defineMiddleware } from "astro:middleware";
import { withPolicy } from "./lib/csp.ts";
import { pageCollector } from "./lib/link-check.ts";

/**
 * As each page is built: gives it the site's strict Content-Security-Policy (the same on every
 * page: it trusts the reviewed scripts of lib/trusted-scripts.ts, never what a page contains),
 * and hands it to the link and output checks (integrations/kb-postbuild.ts), which read its ids,
 * links and any markup that could run code on another thread. Doing both here, on the HTML in memory, spares a second
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
