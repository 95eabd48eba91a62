/**
 * Problems of the content gate (`@kb/content-gate`): what an outside pull request may put in
 * `content/` and the trees. `kb check` and the site build report them with the same id.
 */
export const gateCatalog = {
  "content-file-type": {
    title: "A file in content/ is not an MDX article",
    why: "The build renders other files differently (a `.md` file as Markdown with raw HTML, for example), so the checks could pass a file the site would publish unchecked.",
    fix: "Write articles as `.mdx` files; only `error-codes.yaml` and `_template.mdx` may sit beside them. Move other files out of content/.",
  },
  "content-file-name": {
    title: "A file or folder name in content/ is not allowed",
    why: "Names become page addresses: spaces, capitals, non-ASCII letters, dot files and names Windows cannot create break links or checkouts, or hide a file from the checks.",
    fix: "Rename it to lower-case words joined by hyphens, e.g. `oauth-redirect-mismatch.mdx`.",
  },
  "content-reserved-slug": {
    title: "An article slug is reserved",
    why: "The site already publishes pages at this address (`/errors/`, `/categories/`, `/404`…) or Windows cannot create a file of this name, so the article would clash with them.",
    fix: "Pick another slug that says what the article is about, e.g. `rate-limit-errors`.",
  },
  "content-slug-too-long": {
    title: "An article slug is too long",
    why: "Slugs are page addresses and file names; past 60 characters they are hard to read, share and type.",
    fix: "Use a shorter slug (at most 60 characters), e.g. drop filler words.",
  },
  "content-symlink": {
    title: "content/ contains a symbolic link",
    why: "The build follows links, the checks do not: a link could publish a file from anywhere on the build machine, unchecked. A dangling link breaks checkouts.",
    fix: "Replace the link with the file itself, or remove it.",
  },
  "content-encoding": {
    title: "A file is not plain UTF-8 text",
    why: "Invalid UTF-8, a byte-order mark, NUL or other control characters are read differently by the checks, the build and editors, and can hide text from review.",
    fix: "Save the file as UTF-8 without a byte-order mark and remove the control characters (the message gives the line and column).",
  },
  "content-file-size": {
    title: "A file is too large",
    why: "Every reader downloads the page, and the build and review have to read it: very large files are almost always a mistake (pasted logs, generated data).",
    fix: "Split the article, shorten pasted output to the lines that matter, or link to the source.",
  },
  "content-unreadable": {
    title: "A file could not be read",
    why: "The checks cannot vouch for a file they cannot read, so the build refuses it too.",
    fix: "Check the file's permissions and that it is a regular file, then run `pnpm kb check` again.",
  },
  "content-frontmatter-key": {
    title: "The frontmatter has a field articles may not use",
    why: "Frontmatter reaches the page: Starlight fields such as `head`, `banner`, `hero` or `template` inject markup or change the layout, so articles may use only the fields of content/_template.mdx.",
    fix: "Remove the field, or correct its spelling; content/_template.mdx lists every allowed field.",
  },
  "content-frontmatter-yaml": {
    title: "The frontmatter uses a YAML feature that is not allowed",
    why: "Anchors, aliases, merge keys (`<<`) and tags (`!!…`) are read differently by the checks and the build, so they could hide a field from review.",
    fix: "Write each value out in full: plain keys and values, lists and quoted text only.",
  },
  "content-plain-text": {
    title: "A title or description is not plain text",
    why: "Titles and descriptions appear in the page head, search results and link previews; markup, entities or control characters there can break the page or inject code.",
    fix: "Write plain words: no `<`, `>`, `{`, `}`, HTML entities or control characters, within the length the message gives.",
  },
  "content-unsafe-link": {
    title: "A link could run code or leave the site unnoticed",
    why: "`javascript:`, `vbscript:` and `data:` links run code in the reader's browser, and protocol-relative `//host` links escape the build's link check.",
    fix: "Link to `https://` pages, to `mailto:` addresses, or to pages of this site with a path such as `/rate-limiting/`.",
  },
  "content-mdx-image": {
    title: "An article embeds an image",
    why: "A local image becomes an `import` that the build runs, and a remote one is fetched from another host, which the site never does.",
    fix: "Describe it in text or a code block, or link to the image with `[text](https://…)`.",
  },
} as const satisfies Record<string, { title: string; why: string; fix: string }>;
