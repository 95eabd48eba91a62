import { createHash } from "node:crypto";

/** Script types a browser executes, and so a CSP must allow (JSON data blocks are not run). */
const EXECUTABLE = /^(?:|text\/javascript|application\/javascript|module)$/i;

/** The SHA-256 CSP sources of a page's inline scripts (those without `src`). */
export function inlineScriptHashes(html: string): string[] {
  const hashes = new Set<string>();
  for (const m of html.matchAll(/<script\b([^>]*)>([\s\S]*?)<\/script>/gi)) {
    const attrs = m[1] ?? "";
    if (/\ssrc\s*=/i.test(attrs)) continue;
    const type = /\stype\s*=\s*["']?([^"'\s>]*)/i.exec(attrs)?.[1] ?? "";
    if (!EXECUTABLE.test(type)) continue;
    hashes.add(
      `'sha256-${createHash("sha256")
        .update(m[2] ?? "", "utf8")
        .digest("base64")}'`,
    );
  }
  return [...hashes].sort();
}

/**
 * A strict policy for a static page: everything from the site's own origin; scripts only from
 * files or with these exact hashes (no 'unsafe-inline', no 'unsafe-eval'); WebAssembly for
 * Pagefind ('wasm-unsafe-eval') and its worker.
 */
export function policyFor(hashes: string[]): string {
  return [
    "default-src 'self'",
    `script-src 'self' 'wasm-unsafe-eval' ${hashes.join(" ")}`.trim(),
    // Starlight and Expressive Code set styles inline; styles cannot run code.
    "style-src 'self' 'unsafe-inline'",
    "img-src 'self' data:",
    "font-src 'self'",
    "connect-src 'self'",
    "worker-src 'self' blob:",
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
  ].join("; ");
}

/** Adds the policy as the first element of <head>, before any script can run. */
export function withPolicy(html: string): string {
  const meta = `<meta http-equiv="content-security-policy" content="${policyFor(inlineScriptHashes(html))}">`;
  return html.replace(/<head(\s[^>]*)?>/i, (head) => `${head}${meta}`);
}
