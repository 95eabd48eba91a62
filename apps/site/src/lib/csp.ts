import { createHash } from "node:crypto";
import { trustedScriptHashes } from "./trusted-scripts.ts";

/** The CSP hash source of a script's exact text, as the browser hashes it. */
export function scriptHash(text: string): string {
  return `'sha256-${createHash("sha256").update(text, "utf8").digest("base64")}'`;
}

/**
 * A strict policy for a static page: everything from the site's own origin; scripts only from
 * the site's files or with one of the reviewed hashes of trusted-scripts.ts (no
 * 'unsafe-inline', no 'unsafe-eval', so no inline handler or `javascript:` URL runs);
 * WebAssembly for Pagefind ('wasm-unsafe-eval') and its worker.
 */
export function policyFor(hashes: readonly string[] = trustedScriptHashes): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    // Starlight and Expressive Code set styles inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "frame-src 'none'",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** The same policy on every page: it depends on the site's own scripts, never on the page. */
const meta = `<meta http-equiv="content-security-policy" content="${policyFor()}">`;

/** Adds the policy as the first element of <head>, before any script can run. */
export function withPolicy(html: string): string {
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}
