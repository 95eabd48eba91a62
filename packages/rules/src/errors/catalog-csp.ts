/**
 * What the build refuses to publish because it could run code in a reader's browser (the
 * output check of apps/site/src/lib/output-check.ts), and the review of the inline scripts the
 * Content-Security-Policy trusts (apps/site/src/lib/trusted-scripts.ts); and the check of the
 * Node binary that scripts run on.
 */
export const cspCatalog = {
  "site-unsafe-output": {
    title: "A built page has markup that could run code",
    why: "Every built page is read before it is published; content from outside authors must not be able to run a script or send readers elsewhere, even where a content check missed it.",
    fix: "The message lists each page, the problem's own id (below) and the markup. Remove that markup from the article, tree or data it came from.",
  },
  "site-untrusted-script": {
    title: "A page has a script that is not one of the site's own",
    why: "The policy runs only the site's script files in `_astro/` and the reviewed inline scripts of Starlight; any other `<script>` (inline, from another host, or of an unknown type) came from content and is refused.",
    fix: "Remove the `<script>` from the content (frontmatter, HTML in the article, an MDX expression). If it is the site's own new code, write it as a plain `<script>` in a component (Astro bundles it into a file); an inline script must be reviewed and pinned in `apps/site/src/lib/trusted-scripts.ts`.",
  },
  "site-inline-handler": {
    title: "A page has an inline event handler (`on…=` attribute)",
    why: "`onclick=`, `onerror=`, `onload=` and the like run code; the policy blocks them, and the build refuses them so none is published.",
    fix: "Remove the attribute. Behaviour belongs in the site's scripts, not in content.",
  },
  "site-script-url": {
    title: "A page has a `javascript:` or `vbscript:` URL",
    why: "Following such a link, or submitting such a form, runs code instead of navigating.",
    fix: "Link to an `https:` address or a page of the site instead.",
  },
  "site-meta-http-equiv": {
    title: "A page has a `<meta http-equiv>` that acts on the browser",
    why: "`refresh` sends the reader to another address (or a script URL) without a click; other values set cookies or change how the page is handled.",
    fix: "Remove the `<meta>`. To move a page, keep the old address and link to the new one.",
  },
  "site-base-element": {
    title: "A page has a `<base>` element",
    why: "`<base>` changes where every relative link and script of the page points, so it could load code from another host.",
    fix: "Remove it; the site's links are already correct.",
  },
  "site-embedded-content": {
    title: "A page embeds a frame or plugin (`<iframe>`, `<object>`, `<embed>`)",
    why: "An embedded document (including `<iframe srcdoc>`) or plugin runs outside what the site's policy and review cover.",
    fix: "Link to the other page instead of embedding it.",
  },
  "site-hidden-markup": {
    title: "A page has markup hidden where parsers disagree",
    why: "A comment, an attribute or the text of an SVG element holds an end tag or markup that a browser may read as elements while the build's check reads it as text; it is how checks are slipped past.",
    fix: "Remove the markup from the comment, attribute or SVG/MathML element; write `<` in text as `&lt;`.",
  },
  "site-trusted-script-changed": {
    title: "One of Starlight's reviewed inline scripts changed",
    why: "The policy allows inline scripts only by the hash of their reviewed text; after an upgrade the script is different and has not been read.",
    fix: "Read the new script in the named Starlight component. If it is still safe and does what the entry says, put its new hash in `apps/site/src/lib/trusted-scripts.ts`.",
  },
  "site-trusted-script-unreviewed": {
    title: "An inline script has not been reviewed",
    why: "Starlight or the site's own source has a `<script is:inline>` that is not in the reviewed list, so the policy would not run it, or would have to trust it unread.",
    fix: "For Starlight's: read it, and if it is safe add it with its hash and purpose to `apps/site/src/lib/trusted-scripts.ts`. For the site's own: drop `is:inline` so Astro bundles it into a file.",
  },
  // The supply chain: the Node binary every script runs on (scripts/require-node.mjs).
  "node-binary-mismatch": {
    title: "The Node binary is not the one recorded for its version",
    why: "The `node` devDependency downloads its binary in an install script, outside what the lockfile pins; every script of the repository runs on it, so a changed binary could do anything on the machine.",
    fix: "Do not run it. Delete `node_modules` and install again with `npx -y pnpm@10.34.9 install --frozen-lockfile`; if the hash still differs from the one in `scripts/require-node.mjs`, report it as SECURITY.md says.",
  },
  "node-binary-unpinned": {
    title: "No hash is recorded for the Node binary of this platform",
    why: "Only the platforms in `scripts/require-node.mjs` can be verified. CI refuses an unverified binary; a developer's machine runs with this warning.",
    fix: "Compare the binary's SHA-256 (printed in the message) with the binary in Node's official release of that version, and add it to `pinnedNodeBinaries` in a reviewed change.",
  },
} as const satisfies Record<string, { title: string; why: string; fix: string }>;
