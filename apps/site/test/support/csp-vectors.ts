import type { OutputProblemId } from "../../src/lib/output-check.ts";

/**
 * Markup a hostile article could put into a built page if the content gate missed it, each as
 * it reaches the HTML (Starlight renders `head`, `banner`, `hero` and an HTML title as given).
 * Every one sets `window.pwned` if it runs; the output check must refuse it and the policy must
 * not run it.
 */
export interface Vector {
  name: string;
  /** Where the markup lands: in <head>, inside <title>, or in the body. */
  where: "head" | "title" | "body";
  html: string;
  /** The problem the output check reports. */
  id: OutputProblemId;
  /** What a reader would do to set it off in the browser test (the markup's first match). */
  click?: string;
  /** Chromium runs it when the page has no policy (the browser test's control). */
  runsWithoutPolicy?: boolean;
}

export const vectors: Vector[] = [
  {
    name: "Starlight `head` field: an inline script",
    where: "head",
    html: "<script>window.pwned = 'head'</script>",
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
  {
    name: "banner HTML: <img onerror>",
    where: "body",
    html: `<div class="sl-banner" data-pagefind-ignore><img src="/missing.png" onerror="window.pwned = 'banner'"></div>`,
    id: "site-inline-handler",
    runsWithoutPolicy: true,
  },
  {
    name: "hero tagline: a script",
    where: "body",
    html: `<div class="tagline"><script>window.pwned = 'hero'</script></div>`,
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
  {
    name: "title with </title><script>",
    where: "title",
    html: "x</title><script>window.pwned = 'title'</script><title>",
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
  {
    name: "MDX expression emitting a script",
    where: "body",
    html: `<p>Before</p><script>{window.pwned = 'mdx'}</script>`,
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
  {
    name: '<meta http-equiv="refresh"> to a javascript: URL',
    where: "head",
    html: `<meta http-equiv="Refresh" content="0;url=javascript:window.pwned='refresh'">`,
    id: "site-meta-http-equiv",
  },
  {
    name: "javascript: link",
    where: "body",
    html: `<a id="v" href=" JaVa&#x09;Script:void(window.pwned='link')">read more</a>`,
    id: "site-script-url",
    click: "#v",
    runsWithoutPolicy: true,
  },
  {
    name: "onclick attribute",
    where: "body",
    html: `<button id="v" type="button" ONCLICK="window.pwned = 'onclick'">Yes</button>`,
    id: "site-inline-handler",
    click: "#v",
    runsWithoutPolicy: true,
  },
  {
    name: "<svg onload>",
    where: "body",
    html: `<svg onload="window.pwned = 'svg'"><circle r="1"/></svg>`,
    id: "site-inline-handler",
    runsWithoutPolicy: true,
  },
  {
    name: '<script type="module"> with new content',
    where: "body",
    html: `<script type="module">window.pwned = 'module'</script>`,
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
  {
    name: "<script src> on another host",
    where: "body",
    html: `<script src="https://evil.example/x.js"></script>`,
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
  {
    name: "<iframe srcdoc>",
    where: "body",
    html: `<iframe srcdoc="<script>parent.pwned = 'iframe'</script>"></iframe>`,
    id: "site-embedded-content",
    runsWithoutPolicy: true,
  },
  // Vectors of our own beyond the list.
  {
    name: "SVG <style> read as markup by the browser (parser differential)",
    where: "body",
    html: `<svg><style><img src="/missing.png" onerror="window.pwned = 'svg-style'"></style></svg>`,
    id: "site-inline-handler",
    runsWithoutPolicy: true,
  },
  {
    name: "comment closed by --!> hiding a script (parser differential)",
    where: "body",
    html: "<!-- a --!><script>window.pwned = 'comment'</script> -->",
    id: "site-hidden-markup",
    runsWithoutPolicy: true,
  },
  {
    name: "noscript closed inside an attribute (parser differential)",
    where: "body",
    html: `<noscript><p title="</noscript><img src=/missing.png onerror=window.pwned='noscript'>"></p></noscript>`,
    id: "site-hidden-markup",
    runsWithoutPolicy: true,
  },
  {
    name: "<base> pointing elsewhere",
    where: "head",
    html: `<base href="https://evil.example/">`,
    id: "site-base-element",
    runsWithoutPolicy: true,
  },
  {
    name: "<object> with a javascript: URL",
    where: "body",
    html: `<object data="javascript:window.pwned='object'"></object>`,
    id: "site-embedded-content",
  },
  {
    name: "formaction javascript: URL",
    where: "body",
    html: `<form><button id="v" formaction="javascript:void(window.pwned='form')">Send</button></form>`,
    id: "site-script-url",
    click: "#v",
    runsWithoutPolicy: true,
  },
  {
    name: "SVG <animate> setting href to javascript:",
    where: "body",
    html: `<svg width="40" height="40"><a id="v"><animate attributeName="href" to="javascript:window.pwned='animate'"/><rect width="40" height="40"/></a></svg>`,
    id: "site-script-url",
    click: "#v rect",
  },
  {
    name: "import map remapping the site's modules",
    where: "head",
    html: `<script type="importmap">{"imports":{"x":"data:text/javascript,window.pwned='importmap'"}}</script>`,
    id: "site-untrusted-script",
  },
  {
    name: "script in an SVG <title> (HTML inside foreign content)",
    where: "body",
    html: `<svg><title><script>window.pwned = 'svg-title'</script></title></svg>`,
    id: "site-untrusted-script",
    runsWithoutPolicy: true,
  },
];

/** A built page with a vector put where it lands. */
export function inject(page: string, v: Vector): string {
  if (v.where === "head") return page.replace("</head>", `${v.html}</head>`);
  if (v.where === "title") return page.replace(/<title>/, `<title>${v.html}`);
  return page.replace("</body>", `${v.html}</body>`);
}
