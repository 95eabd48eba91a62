import { cpSync, mkdtempSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { fileURLToPath } from "node:url";
import { problemCatalog } from "@kb/rules";
import { Parser } from "htmlparser2";
import { describe, expect, test } from "vitest";
import { policyFor, scriptHash, withPolicy } from "../src/lib/csp.ts";
import { checkPageOutput } from "../src/lib/output-check.ts";
import { checkTrustedScripts, starlightDir } from "../src/lib/trusted-script-sources.ts";
import { trustedScriptHashes } from "../src/lib/trusted-scripts.ts";
import { outputReport } from "../src/integrations/kb-postbuild.ts";
import { inject, vectors } from "./support/csp-vectors.ts";

const dist = fileURLToPath(new URL("../dist/", import.meta.url));
const builtPages = (readdirSync(dist, { recursive: true }) as string[]).filter((f) =>
  f.endsWith(".html"),
);
const read = (file: string) => readFileSync(join(dist, file), "utf8");
const options = { trusted: new Set(trustedScriptHashes), scriptDir: "/_astro/" };
const article = read("rate-limiting/index.html");
const scriptSrc = (policy: string) =>
  policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";

/** The inline scripts of a page, read the way a browser reads them. */
function inlineScripts(html: string): string[] {
  const found: string[] = [];
  let open: { text: string } | undefined;
  const parser = new Parser({
    onopentag(name, attrs) {
      const type = attrs.type ?? "";
      if (name === "script" && !attrs.src && type !== "application/json") open = { text: "" };
    },
    ontext(text) {
      if (open) open.text += text;
    },
    onclosetag(name) {
      if (name === "script" && open) found.push(open.text);
      open = undefined;
    },
  });
  parser.end(html);
  return found;
}

describe("the output check, with the content gate bypassed", () => {
  test.each(vectors.map((v) => [v.name, v] as const))("refuses %s", (_name, v) => {
    const page = inject(article, v);
    const problems = checkPageOutput(page, options);
    expect(problems.map((p) => p.id)).toContain(v.id);
    // The message shows the offending markup, so the author can find it.
    expect(problems.find((p) => p.id === v.id)?.snippet.length).toBeGreaterThan(0);
  });

  test.each(vectors.map((v) => [v.name, v] as const))(
    "the policy does not allow %s to run inline",
    (_name, v) => {
      const page = withPolicy(
        inject(article.replace(/<meta http-equiv="content-security-policy"[^>]*>/, ""), v),
      );
      const policy = /http-equiv="content-security-policy" content="([^"]*)"/.exec(page)?.[1] ?? "";
      // The policy is the same whatever the page carries; no injected script's hash is in it,
      // and without 'unsafe-inline' or 'unsafe-hashes' no handler or javascript: URL runs.
      expect(policy).toBe(policyFor());
      for (const body of inlineScripts(v.html))
        expect(scriptSrc(policy)).not.toContain(scriptHash(body));
      expect(scriptSrc(policy)).not.toMatch(
        /'unsafe-inline'|'unsafe-hashes'|'unsafe-eval'|\*|https?:/,
      );
    },
  );

  test("a page the site builds passes, and every vector makes its page fail", () => {
    expect(checkPageOutput(article, options)).toEqual([]);
    for (const v of vectors) expect(checkPageOutput(inject(article, v), options)).not.toEqual([]);
  });

  test("scripts of a known type only: an unknown type or an outside file is refused", () => {
    const body = "StarlightThemeProvider.updatePickers();";
    const page = (s: string) => `<html><head></head><body>${s}</body></html>`;
    expect(
      checkPageOutput(page(`<script type="text/x-foo">${body}</script>`), options),
    ).toHaveLength(1);
    expect(
      checkPageOutput(page(`<script src="//evil.example/_astro/x.js"></script>`), options),
    ).toHaveLength(1);
    expect(checkPageOutput(page(`<script src="/_astro/x.js"></script>`), options)).toEqual([]);
    expect(
      checkPageOutput(page(`<a href="data:text/html,<script>alert(1)</script>">x</a>`), options)[0]
        ?.id,
    ).toBe("site-script-url");
    expect(checkPageOutput(page(`<img src="data:image/png;base64,AAAA" alt="">`), options)).toEqual(
      [],
    );
    expect(
      checkPageOutput(page(`<script type="application/json">{"a":1}</script>`), options),
    ).toEqual([]);
  });

  test("the build's report names the page, the id and the markup", () => {
    const v = vectors[0]!;
    const report = outputReport(
      new Map([["/rate-limiting/", checkPageOutput(inject(article, v), options)]]),
    );
    expect(report).toMatch(/^\[site-unsafe-output\] 1 piece/);
    expect(report).toContain("/rate-limiting/  site-untrusted-script");
    expect(report).toContain("window.pwned = 'head'");
  });

  test("every id the check reports is in the error catalog", () => {
    for (const v of vectors)
      for (const p of checkPageOutput(inject(article, v), options))
        expect(problemCatalog).toHaveProperty([p.id]);
    expect(problemCatalog).toHaveProperty(["site-unsafe-output"]);
  });
});

describe("the policy trusts the site's own scripts, and they are all it needs", () => {
  test("every built page passes the output check", () => {
    expect(builtPages.length).toBeGreaterThan(10);
    for (const file of builtPages) expect(checkPageOutput(read(file), options), file).toEqual([]);
  });

  test("every inline script of every built page is a reviewed one, and the policy is the same on all", () => {
    const hashes = new Set<string>();
    for (const file of builtPages) {
      const html = read(file);
      expect(html).toContain(`content="${policyFor()}"`);
      for (const body of inlineScripts(html)) hashes.add(scriptHash(body));
    }
    expect([...hashes].filter((h) => !trustedScriptHashes.includes(h))).toEqual([]);
    // Starlight's theme script is among them: the check is not vacuous.
    expect(hashes.size).toBeGreaterThanOrEqual(5);
  });

  test("the reviewed list matches Starlight's sources exactly", () => {
    expect(
      checkTrustedScripts(starlightDir(), fileURLToPath(new URL("../src/", import.meta.url))),
    ).toEqual([]);
  });

  test("a changed, a new and a removed Starlight inline script each stop the build, naming the script", () => {
    const copy = mkdtempSync(join(tmpdir(), "kb-starlight-"));
    cpSync(starlightDir(), copy, { recursive: true });
    const emptySrc = mkdtempSync(join(tmpdir(), "kb-src-"));
    const theme = join(copy, "components/ThemeProvider.astro");
    writeFileSync(
      theme,
      readFileSync(theme, "utf8").replace(
        "localStorage.getItem",
        "fetch('//x')||localStorage.getItem",
      ),
    );
    const search = join(copy, "components/Search.astro");
    writeFileSync(search, `${readFileSync(search, "utf8")}\n<script is:inline>alert(1)</script>\n`);
    const tabs = join(copy, "user-components/Tabs.astro");
    writeFileSync(tabs, readFileSync(tabs, "utf8").replace("<script is:inline>", "<script>"));
    const problems = checkTrustedScripts(copy, emptySrc);
    expect(problems).toEqual([
      expect.stringMatching(
        /^\[site-trusted-script-unreviewed\] Starlight's components\/Search.astro \(inline script #2\).*alert\(1\)/,
      ),
      expect.stringMatching(
        /^\[site-trusted-script-changed\] Starlight's components\/ThemeProvider.astro \(inline script #1\).*'sha256-/,
      ),
      expect.stringMatching(
        /^\[site-trusted-script-changed\] Starlight's user-components\/Tabs.astro no longer has inline script #1/,
      ),
    ]);
  });

  test("an is:inline script in the site's own source stops the build", () => {
    const src = mkdtempSync(join(tmpdir(), "kb-src-"));
    writeFileSync(join(src, "X.astro"), "<p>x</p>\n<script is:inline>console.log(1)</script>\n");
    expect(checkTrustedScripts(starlightDir(), src)).toEqual([
      expect.stringMatching(
        /^\[site-trusted-script-unreviewed\] src\/X.astro has a <script is:inline>/,
      ),
    ]);
  });
});
