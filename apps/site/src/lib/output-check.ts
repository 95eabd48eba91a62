import { Parser } from "htmlparser2";
import { scriptHash as hashOf } from "./csp.ts";

/** Problem ids of the output check (packages/rules/src/errors/catalog-csp.ts). */
export type OutputProblemId =
  | "site-untrusted-script"
  | "site-inline-handler"
  | "site-script-url"
  | "site-meta-http-equiv"
  | "site-base-element"
  | "site-embedded-content"
  | "site-hidden-markup";

/** Markup in a built page that could run code or send the reader elsewhere. */
export interface OutputProblem {
  id: OutputProblemId;
  /** What is wrong, in a sentence. */
  message: string;
  /** The offending markup, cut short. */
  snippet: string;
}

export interface OutputCheckOptions {
  /** CSP hash sources of the inline scripts a page may carry (trusted-scripts.ts). */
  trusted: ReadonlySet<string>;
  /** The only place script files may come from, e.g. `/_astro/`. */
  scriptDir: string;
}

/** Script types that are data, never run; every other type is treated as a script. */
const DATA_TYPES = new Set(["application/json", "application/ld+json"]);
/** Elements that embed another document or a plugin. */
const EMBEDS = new Set("iframe frame frameset object embed applet portal fencedframe".split(" "));
const URL_ATTRS = new Set(["href", "xlink:href", "src", "action", "formaction", "data"]);
const NAVIGATES = new Set(["href", "xlink:href", "action", "formaction"]);
const SVG_ANIMATIONS = new Set(["animate", "set", "animatemotion", "animatetransform"]);
/**
 * Elements whose text htmlparser2 reads as text: scripts, to hash, and the others because a
 * browser parses their text as markup inside SVG or MathML.
 */
const RAW_TEXT = new Set(["style", "title", "textarea", "xmp", "script"]);
/** End tags that, hidden in text or an attribute, end an element earlier in a browser than in htmlparser2. */
const HIDDEN_END_TAG =
  /<\/(?:noscript|noembed|noframes|iframe|xmp|textarea|title|style|script|plaintext)/i;
/** `http-equiv` values that only describe the page. */
const HARMLESS_HTTP_EQUIV = new Set(["content-type", "x-ua-compatible", "content-security-policy"]);

/** What a browser would treat as a URL's scheme: tabs and newlines removed, leading controls trimmed. */
function scheme(url: string): string {
  return url
    .replace(/[\t\n\r]/g, "")
    .replace(/^[\p{Cc} ]+/u, "")
    .slice(0, 12)
    .toLowerCase();
}

/**
 * A URL that runs code when followed: `javascript:` and `vbscript:` anywhere, and `data:` where
 * it would open as a document (links and form targets; images may be `data:`).
 */
const runsScript = (url: string, attr: string, element: string) =>
  /^(?:javascript|vbscript):/.test(scheme(url)) ||
  (NAVIGATES.has(attr) && element !== "link" && scheme(url).startsWith("data:"));

const cut = (text: string, max = 120) => (text.length > max ? `${text.slice(0, max)}…` : text);

/**
 * Finds the markup in a built page that could run code or take the reader elsewhere without a
 * click: inline scripts other than the trusted ones, script files from outside the site's
 * bundle, `on*=` handlers, `javascript:` URLs, `<meta http-equiv="refresh">`, `<base>`, frames
 * and plugins. Parsed with htmlparser2's streaming parser; where it reads differently from a
 * browser (text in SVG/MathML, end tags hidden in attributes or comments) the markup is refused.
 */
export function checkPageOutput(
  html: string,
  options: OutputCheckOptions,
  depth = 0,
): OutputProblem[] {
  const problems: OutputProblem[] = [];
  const add = (id: OutputProblemId, message: string, snippet: string) =>
    problems.push({ id, message, snippet: cut(snippet) });
  const tagText = () => html.slice(parser.startIndex, parser.endIndex + 1);
  let foreign = 0;
  let raw: { name: string; tag: string; attrs: Record<string, string>; text: string } | undefined;
  const parser = new Parser(
    {
      onopentag(name, attrs) {
        const tag = tagText();
        if (name === "svg" || name === "math") foreign++;
        if (RAW_TEXT.has(name)) raw = { name, tag, attrs, text: "" };
        if (EMBEDS.has(name))
          add("site-embedded-content", `a <${name}> embeds another document or plugin`, tag);
        if (name === "base")
          add("site-base-element", "a <base> changes where every link and script points", tag);
        if (name === "meta" && attrs["http-equiv"] !== undefined) {
          const equiv = attrs["http-equiv"].trim().toLowerCase();
          if (!HARMLESS_HTTP_EQUIV.has(equiv))
            add(
              "site-meta-http-equiv",
              `a <meta http-equiv="${equiv}"> acts on the reader's browser`,
              tag,
            );
        }
        for (const [key, value] of Object.entries(attrs)) {
          const attr = key.toLowerCase();
          if (attr.startsWith("on"))
            add("site-inline-handler", `an inline event handler ${attr}= on <${name}>`, tag);
          else if (URL_ATTRS.has(attr) && runsScript(value, attr, name))
            add("site-script-url", `a script URL in ${attr}= of <${name}>`, tag);
          else if (
            SVG_ANIMATIONS.has(name) &&
            /(?:javascript|vbscript):/i.test(value.replace(/\s/g, ""))
          )
            add("site-script-url", `an SVG <${name}> that sets a script URL`, tag);
          if (HIDDEN_END_TAG.test(value))
            add("site-hidden-markup", `an end tag inside the ${attr}= attribute of <${name}>`, tag);
        }
      },
      ontext(text) {
        if (raw) raw.text += text;
      },
      oncomment(text) {
        if (text.includes("<"))
          add("site-hidden-markup", "markup inside a comment", `<!--${text}-->`);
      },
      onprocessinginstruction(_name, text) {
        if (text.includes("<"))
          add("site-hidden-markup", "markup inside a declaration", `<${text}>`);
      },
      onclosetag(name) {
        if ((name === "svg" || name === "math") && foreign > 0) foreign--;
        if (!raw || raw.name !== name) return;
        const { tag, attrs, text } = raw;
        raw = undefined;
        if (name === "script") checkScript(tag, attrs, text);
        // In SVG and MathML a browser reads these elements' text as markup: check it as such.
        else if (foreign > 0 && text.includes("<"))
          if (depth < 4) problems.push(...checkPageOutput(text, options, depth + 1));
          else add("site-hidden-markup", `markup nested too deep inside <${name}>`, tag);
        else if (HIDDEN_END_TAG.test(text))
          add("site-hidden-markup", `an end tag inside <${name}>`, `${tag}${text}`);
      },
    },
    { decodeEntities: true },
  );

  function checkScript(tag: string, attrs: Record<string, string>, text: string) {
    const type = (attrs.type ?? "").trim().toLowerCase();
    const src = attrs.src ?? attrs.href ?? attrs["xlink:href"];
    if (src !== undefined) {
      const own = src.startsWith(options.scriptDir) && !src.startsWith("//") && !/[\\]/.test(src);
      if (!own)
        add(
          "site-untrusted-script",
          `a script file from outside the site's bundle (${options.scriptDir})`,
          tag,
        );
      return;
    }
    if (DATA_TYPES.has(type)) {
      if (HIDDEN_END_TAG.test(text))
        add("site-hidden-markup", "an end tag inside a data block", tag);
      return;
    }
    if (!options.trusted.has(hashOf(text)))
      add(
        "site-untrusted-script",
        `an inline script that is not one of the site's own (${hashOf(text)})`,
        `${tag}${text}`,
      );
  }

  parser.end(html);
  return problems;
}
