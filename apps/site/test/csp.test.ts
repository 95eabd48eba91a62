import { describe, expect, test } from "vitest";
import { baseUrl, openPage, useBrowser, widgetSettled } from "./support/browser.ts";
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
    const widget = page.locator("kb-triage");
    await widget.getByRole("button", { name: "Yes", exact: true }).click();
    await widget.getByLabel("Value in seconds").fill("600");
    await widget.getByRole("button", { name: "Continue" }).click();
    await expect
      .poll(() => widget.locator(".kb-result h3").textContent())
      .toBe("You used up a per-minute or per-hour quota");
    await openSearch(page);
    expect((await search(page, "ECONNRESET"))[0]).toBe("/errors/ECONNRESET/");
    await page.goto(`${baseUrl()}/errors/429/`);
    await widgetSettled(page);
    expect(violations).toEqual([]);
    expect(errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
    await close();
  });
});
