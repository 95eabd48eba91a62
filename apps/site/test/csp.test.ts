import { readFileSync } from "node:fs";
import { describe, expect, test } from "vitest";
import { baseUrl, openPage, useBrowser, widgetSettled } from "./support/browser.ts";
import { withPolicy } from "../src/lib/csp.ts";
import { inject, vectors, type Vector } from "./support/csp-vectors.ts";
import { openSearch, search } from "./support/search.ts";

const browser = useBrowser();

describe("Content-Security-Policy", () => {
  test("every page carries a strict policy: hashed scripts, no 'unsafe-inline' or 'unsafe-eval' scripts", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/");
    const policy =
      (await page.locator('meta[http-equiv="content-security-policy"]').getAttribute("content")) ??
      "";
    const scriptSrc = policy.split(";").find((d) => d.trim().startsWith("script-src")) ?? "";
    expect(scriptSrc).toMatch(/'sha256-[A-Za-z0-9+/=]+'/);
    expect(scriptSrc).toContain("'wasm-unsafe-eval'");
    expect(scriptSrc).not.toContain("'unsafe-inline'");
    expect(scriptSrc).not.toMatch(/'unsafe-eval'/);
    expect(policy).toContain("worker-src 'self'");
    await close();
  });

  test("an article's widget and a search work under the policy, with zero violations", async () => {
    const { page, errors, close } = await openPage(browser(), "/rate-limiting/");
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (v: string) => violations.push(v));
    // Registered before any page script runs, on every navigation from here on.
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        void (window as unknown as { reportViolation: (v: string) => void }).reportViolation(
          `${e.violatedDirective} ${e.blockedURI}`,
        );
      });
    });
    await page.reload();
    // The widget's code loads (a file in _astro/) and answers: whatever the tree asks first,
    // answering it moves on to the next question or a result.
    const widget = page.locator("kb-triage").first();
    const step = widget.locator("[data-app] .kb-step").first();
    const before = await step.textContent();
    await widget.locator(".kb-answer").first().click();
    await widget.locator("xpath=self::*[@data-ready]").waitFor({ state: "attached" });
    await expect.poll(() => step.textContent()).not.toBe(before);
    await openSearch(page);
    expect((await search(page, "ECONNRESET"))[0]).toBe("/errors/ECONNRESET/");
    await page.goto(`${baseUrl()}/errors/429/`);
    await widgetSettled(page);
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await close();
  });
});

describe("with the content gate bypassed, injected markup does not run under the policy", () => {
  const article = readFileSync(
    new URL("../dist/rate-limiting/index.html", import.meta.url),
    "utf8",
  );
  const withoutPolicy = article.replace(/<meta http-equiv="content-security-policy"[^>]*>/, "");

  /** Serves `html` at a path of the site, loads it, sets `v` off, and says what ran. */
  async function attempt(v: Vector, html: string) {
    const context = await browser().newContext();
    const page = await context.newPage();
    const url = `${baseUrl()}/__vector/`;
    await page.route(url, (route) => route.fulfill({ contentType: "text/html", body: html }));
    // A script "on another host" that would run if the policy let it load.
    await page.route("https://evil.example/**", (route) =>
      route.fulfill({ contentType: "text/javascript", body: "window.pwned = 'remote'" }),
    );
    const violations: string[] = [];
    await page.exposeFunction("reportViolation", (d: string) => violations.push(d));
    await page.addInitScript(() => {
      document.addEventListener("securitypolicyviolation", (e) => {
        void (window as unknown as { reportViolation: (d: string) => void }).reportViolation(
          e.violatedDirective,
        );
      });
    });
    await page.goto(url);
    await page.waitForLoadState("load");
    // A click as the page's own script would see it (the markup may be off screen).
    if (v.click) await page.locator(v.click).first().dispatchEvent("click");
    await page.waitForTimeout(300);
    const state = await page
      .evaluate(() => ({
        pwned: (window as unknown as { pwned?: string }).pwned,
        // Starlight's theme script (trusted, inline) ran: the site itself still works.
        theme: document.documentElement.dataset.theme,
      }))
      .catch(() => ({ pwned: "navigated away", theme: undefined }));
    await context.close();
    return { ...state, violations };
  }

  test.each(vectors.map((v) => [v.name, v] as const))("%s", async (_name, v) => {
    // The page as the build would publish it: the vector in place, then the build's policy.
    const result = await attempt(v, withPolicy(inject(withoutPolicy, v)));
    expect(result.pwned).toBeUndefined();
    expect(result.theme).toMatch(/^(?:light|dark)$/);
    // The control: without the policy, the vectors Chromium would run do run; with it, the
    // browser reports the policy as what stopped them.
    if (v.runsWithoutPolicy) {
      expect((await attempt(v, inject(withoutPolicy, v))).pwned).toBeDefined();
      expect(result.violations).not.toEqual([]);
    }
  });
});
