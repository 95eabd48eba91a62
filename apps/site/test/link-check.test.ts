import { describe, expect, test } from "vitest";
import { findBrokenLinks, readPage } from "../src/lib/link-check.ts";

const page = (html: string) => readPage(`<html><body>${html}</body></html>`);

describe("the build's link check", () => {
  const pages = new Map([
    [
      "/",
      page(
        '<a href="/guide/">guide</a> <a href="/guide/#setup">setup</a> <a href="https://example.com/x">external</a>',
      ),
    ],
    [
      "/guide/",
      page(
        '<h2 id="setup">Setup</h2><a href="#setup">here</a> <a href="../">home</a> <a href="/trees/a.json">json</a>',
      ),
    ],
  ]);
  const files = new Set(["/index.html", "/guide/index.html", "/trees/a.json"]);

  test("accepts pages, anchors, relative links, files and external links that exist", () => {
    expect(findBrokenLinks(pages, files)).toEqual([]);
  });

  test("reports a missing page and a missing anchor, with the page, the link text and why", () => {
    const broken = new Map([
      ...pages,
      [
        "/bad/",
        page(
          '<a href="/nowhere/">gone</a> <a href="/guide/#missing">anchor</a> <a href="#top-nope">self</a>',
        ),
      ],
    ]);
    expect(findBrokenLinks(broken, files)).toEqual([
      {
        page: "/bad/",
        href: "/nowhere/",
        text: "gone",
        reason: "no page or file exists at that path",
      },
      {
        page: "/bad/",
        href: "/guide/#missing",
        text: "anchor",
        reason: 'the page has no element with id "missing"',
      },
      {
        page: "/bad/",
        href: "#top-nope",
        text: "self",
        reason: 'the page has no element with id "top-nope"',
      },
    ]);
  });

  test("a link outside the base path is broken", () => {
    const site = new Map([["/kb/", page('<a href="/other/">x</a>')]]);
    expect(findBrokenLinks(site, new Set(), "/kb/")[0]?.reason).toBe(
      "it is outside the site's base path /kb/",
    );
  });
});
