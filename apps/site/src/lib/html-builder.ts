import type { Element } from "hast";
import { h, s } from "hastscript";
import type { Builder, Child } from "../widget/dom.ts";

const present = (c: Child<Element>): c is Element | string =>
  typeof c === "string" || (c !== false && c !== null && c !== undefined);

/**
 * The widget's views as HTML at build time. hastscript and hast-util-to-html escape every
 * attribute and text, so tree text reaches the page as text, as it does in the browser.
 * Listeners (`on…` functions) have no HTML form and are dropped; the widget adds them on mount.
 */
export const htmlBuilder: Builder<Element> = (tag, attrs = {}, ...children) => {
  const props: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(attrs))
    if (typeof value === "string" || value === true) props[name] = value;
  return h(tag, props, children.filter(present));
};

/** SVG elements as HTML (hastscript's SVG schema keeps `viewBox` and the like as written). */
export const svgHtmlBuilder: Builder<Element> = (tag, attrs = {}, ...children) => {
  const props: Record<string, string | boolean> = {};
  for (const [name, value] of Object.entries(attrs))
    if (typeof value === "string" || value === true) props[name] = value;
  return s(tag, props, children.filter(present));
};
