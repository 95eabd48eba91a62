import type { Page } from "playwright-core";
import { describe, expect, test } from "vitest";
import { baseUrl, openPage, useBrowser, widgetSettled, pasteError } from "./support/browser.ts";
import { siteTrees } from "./support/trees.ts";

const browser = useBrowser();
const trees = new Map(siteTrees().map((t) => [t.id, t]));
const auth = trees.get("authentication");
const rateLimits = trees.get("rate-limits");

const saved = (page: Page) => new URL(page.url()).searchParams.get("triage");

/**
 * Sums layout shifts without recent input (the CLS of the page so far), from page load. A shift
 * of Starlight's right sidebar alone is left out: on a slow first paint it moves on every
 * article, with or without a shared link (0.41 on /authentication-failures/ under a 4× CPU
 * throttle, without `?triage=`), which is the layout's, not the widget's; every other shift counts.
 */
const recordShifts = `
  window.__shifts = 0;
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      const sidebarOnly = e.sources.length > 0 &&
        e.sources.every((s) => s.node instanceof Element && s.node.matches(".right-sidebar"));
      if (!e.hadRecentInput && !sidebarOnly) window.__shifts += e.value;
    }
  }).observe({ type: "layout-shift", buffered: true });`;

describe("the widget keeps the reader's place", () => {
  test("on the home page, candidates that are other trees are named and link to their articles", async () => {
    const { page, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    await widgetSettled(page);
    // The built page: no link to `//`, no raw tree id as a link's text.
    const html = await (await page.request.get(page.url())).text();
    expect(html).not.toContain('href="//"');
    const link = widget.locator(".kb-candidates a", { hasText: auth?.title ?? "?" });
    expect(await link.getAttribute("href")).toBe(`/${auth?.article}/`);
    // The live widget's links keep the place: one answer given, so the article opens on its tree.
    await widget.locator(".kb-candidates summary").click();
    await page.locator("kb-triage[data-ready]").waitFor({ state: "attached" });
    const live = new URL((await link.getAttribute("href")) ?? "", page.url());
    expect(live.pathname).toBe(`/${auth?.article}/`);
    expect(live.searchParams.get("triage")).toMatch(
      /^1\.integration-failing\.\w+\.auth\._authentication$/,
    );
    await link.click();
    await expect
      .poll(() => page.locator("kb-triage .kb-question h3").textContent())
      .toBe(auth?.questions.find((q) => q.id === auth.start)?.text.replace(/`/g, ""));
    await close();
  });

  test("“Read the full explanation” and “Still failing?” links keep the state", async () => {
    const path = "/authentication-failures/?triage=1.authentication.x.401.none.yes.yes.300";
    const { page, errors, close } = await openPage(browser(), path);
    const widget = page.locator("kb-triage");
    const title = widget.locator(".kb-result h3");
    await expect.poll(() => title.textContent()).toBe("Your server's clock is off");
    const full = widget.getByRole("link", { name: /full explanation/ });
    const href = new URL((await full.getAttribute("href")) ?? "", page.url());
    // The same answers (the link carries the tree's current hash, where the test's had "x").
    const state = href.searchParams.get("triage");
    expect(state).toMatch(/^1\.authentication\.\w+\.401\.none\.yes\.yes\.300$/);
    expect(href.hash).toBe("#clock-skew");
    await full.click();
    await expect.poll(() => page.url()).toContain("#clock-skew");
    await page.waitForTimeout(300);
    expect(await title.textContent()).toBe("Your server's clock is off");
    // After a reload from that address, too.
    await page.reload();
    await expect.poll(() => title.textContent()).toBe("Your server's clock is off");
    await widget.getByRole("button", { name: "No", exact: true }).click();
    const next = widget.locator(".kb-alternatives a").first();
    expect(
      new URL((await next.getAttribute("href")) ?? "", page.url()).searchParams.get("triage"),
    ).toBe(state);
    await next.click();
    await expect.poll(() => title.textContent()).toBe("Your server's clock is off");
    expect(errors).toEqual([]);
    await close();
  });

  test("a hand-off shows the new tree's title, diagram and outline, says why, and counts from 1", async () => {
    const { page, errors, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    await widget.locator("button.kb-answer[data-value=auth]").click();
    await expect.poll(() => widget.locator("[data-title-text]").textContent()).toBe(auth?.title);
    const note = await widget.locator(".kb-handoff").textContent();
    expect(note).toContain(`Continuing in: ${auth?.title}`);
    expect(note).toContain("because you answered “401 Unauthorized");
    expect(await widget.locator(".kb-question .kb-step").textContent()).toMatch(/^Question 1\b/);
    await expect
      .poll(() => widget.locator("[data-diagram]").getAttribute("data-diagram"))
      .toBe("authentication");
    expect(await widget.locator("[data-outline]").textContent()).toContain(
      auth?.questions.find((q) => q.id === auth.start)?.text.replace(/`/g, ""),
    );
    // Start over returns to the page's own tree, title and diagram.
    await widget.getByRole("button", { name: "Start over" }).click();
    await expect
      .poll(() => widget.locator("[data-title-text]").textContent())
      .toBe(trees.get("integration-failing")?.title);
    expect(await widget.locator("[data-diagram]").getAttribute("data-diagram")).toBe(
      "integration-failing",
    );
    expect(errors).toEqual([]);
    await close();
  });

  test("a link to another tree's article (outline, diagram) carries the state there, and it opens", async () => {
    const { page, errors, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    await widget.locator("button.kb-answer[data-value=status-403]").click();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("What does the 403 response say?");
    await widget.locator("[data-outline] > summary").click();
    await widget.locator('[data-outline] a[data-handoff="authentication"]').first().click();
    await expect.poll(() => new URL(page.url()).pathname).toBe(`/${auth?.article}/`);
    expect(saved(page)).toMatch(/^1\.rate-limits\.\w+\.status-403\.not-a-limit\._authentication$/);
    // The article's widget opens the saved point (a tree that hands off here may start a link).
    await expect
      .poll(() => page.locator("kb-triage .kb-handoff").textContent())
      .toContain(`Continuing in: ${auth?.title}`);
    expect(await page.locator("kb-triage [data-notice]").isHidden()).toBe(true);
    expect(errors).toEqual([]);
    await close();
  });

  test("a paste on the home page saves its state in the URL, and the issue link carries it", async () => {
    const { page, errors, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    await pasteError(
      widget,
      "HTTP/1.1 429 Too Many Requests\nx-ratelimit-remaining: 0\nRetry-After: 30",
    );
    await widget.locator(".kb-result h3").waitFor();
    const state = saved(page);
    expect(state).toMatch(/^1\.integration-failing\.\w+\.\*/);
    await expect
      .poll(() => widget.locator("[data-title-text]").textContent())
      .toBe(rateLimits?.title);
    await widget.getByRole("button", { name: "No", exact: true }).click();
    const issue = new URL(
      (await widget.getByRole("link", { name: /open an issue/ }).getAttribute("href")) ?? "",
    );
    const body = issue.searchParams.get("body") ?? "";
    const link = /^Link: (\S+)$/m.exec(body)?.[1] ?? "";
    expect(new URL(link).searchParams.get("triage")).toBe(state);
    expect(errors).toEqual([]);
    await close();
  });

  test.each([375, 1280])(
    "a shared link shows its saved point without layout shift (CLS < 0.1) at %i px",
    async (width) => {
      const context = await browser().newContext({ viewport: { width, height: 900 } });
      const page = await context.newPage();
      await page.addInitScript(recordShifts);
      for (const [path, title] of [
        [
          "/authentication-failures/?triage=1.authentication.x.401.none.yes.yes.300",
          "Your server's clock is off",
        ],
        [
          "/rate-limiting/?triage=1.rate-limits.x.status-429.exhausted.600",
          "You used up a per-minute or per-hour quota",
        ],
      ] as const) {
        await page.goto(`${baseUrl()}${path}`);
        await page.locator("kb-triage[data-ready]:not(.kb-pending)").waitFor({ state: "attached" });
        expect(await page.locator("kb-triage .kb-result h3").textContent()).toBe(title);
        // Let any late shift land before reading the sum.
        await page.waitForTimeout(500);
        const cls = await page.evaluate(() => (window as unknown as { __shifts: number }).__shifts);
        expect(cls, `${path} at ${width} px`).toBeLessThan(0.1);
      }
      await context.close();
    },
  );
});
