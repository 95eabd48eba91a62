import { describe, expect, test } from "vitest";
import { openPage, useBrowser, widgetSettled, pasteError } from "./support/browser.ts";

const browser = useBrowser();

describe("the triage widget", () => {
  test("answering leads to a cause with its fix; the URL keeps the point; back and forward work", async () => {
    const { page, errors, close } = await openPage(browser(), "/authentication-failures/");
    const widget = page.locator("kb-triage");
    await widget.getByRole("button", { name: "401 Unauthorized" }).click();
    await widget.getByRole("button", { name: /No error code/ }).click();
    await widget.getByRole("button", { name: "Yes", exact: true }).click();
    await widget.getByRole("button", { name: "Yes", exact: true }).click();
    await widget.getByLabel("Value in seconds").fill("300");
    await widget.getByRole("button", { name: "Continue" }).click();

    const result = widget.locator(".kb-result");
    await expect.poll(() => result.locator("h3").textContent()).toBe("Your server's clock is off");
    expect(await result.locator(".kb-fix li").count()).toBeGreaterThan(0);
    expect(await result.locator(".kb-why li").allTextContents()).toContain(
      "How many seconds apart are your server's clock and the API's Date header? → 300",
    );
    // The link keeps the reader's place: following it does not reset the widget.
    expect(
      await result.getByRole("link", { name: /full explanation/ }).getAttribute("href"),
    ).toMatch(
      /^\/authentication-failures\/\?triage=1\.authentication\.\w+\.401\.none\.yes\.yes\.300#clock-skew$/,
    );
    expect(await result.locator(".kb-alternatives li").first().textContent()).toBe(
      "The key or token was revoked or rotated",
    );
    const saved = new URL(page.url()).searchParams.get("triage");
    expect(saved).toMatch(/^1\.authentication\.[a-z0-9]+\.401\.none\.yes\.yes\.300$/);

    await page.goBack();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toContain("How many seconds apart");
    await page.goForward();
    await expect.poll(() => result.locator("h3").textContent()).toBe("Your server's clock is off");
    await page.reload();
    await expect
      .poll(() => widget.locator(".kb-result h3").textContent())
      .toBe("Your server's clock is off");
    expect(errors).toEqual([]);
    await close();
  });

  test("the trail of answers is a way back to each point", async () => {
    const { page, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    await widget.getByRole("button", { name: /^429 Too Many Requests/ }).click();
    await widget.getByRole("button", { name: /Nothing more than the status/ }).click();
    await widget.getByRole("button", { name: /A steady, modest rate/ }).click();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toContain("Do other apps");
    await widget.locator(".kb-trail button").first().click();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("How does the API tell you that you are limited?");
    expect(await widget.locator(".kb-trail button").count()).toBe(0);
    await close();
  });

  test("the candidates narrow as questions are answered", async () => {
    const { page, close } = await openPage(browser(), "/network-timeouts/");
    const widget = page.locator("kb-triage");
    const count = async () =>
      Number((await widget.locator(".kb-candidates summary").textContent())?.match(/\d+/)?.[0]);
    await widgetSettled(page);
    const before = await count();
    await widget.getByRole("button", { name: /Host not found/ }).click();
    await expect.poll(count).toBe(3);
    expect(before).toBe(16);
    await close();
  });

  test("a shared link opens the same point; a tampered one starts afresh and says why", async () => {
    const { page, close } = await openPage(
      browser(),
      "/rate-limiting/?triage=1.rate-limits.x.status-429.exhausted.600",
    );
    const widget = page.locator("kb-triage");
    await expect
      .poll(() => widget.locator(".kb-result h3").textContent())
      .toBe("You used up a per-minute or per-hour quota");
    await page.goto(
      `${new URL(page.url()).origin}/rate-limiting/?triage=1.rate-limits.zz.maybe.%3Cscript%3E`,
    );
    await expect
      .poll(() => widget.locator("[data-notice]").textContent())
      .toContain("not in a format this site writes");
    expect(await widget.locator(".kb-question h3").textContent()).toBe(
      "How does the API tell you that you are limited?",
    );
    expect(await page.locator("kb-triage script:not([type])").count()).toBe(0);
    await close();
  });

  test("pasting an error starts the right tree with what it found, and lands on the cause", async () => {
    const { page, errors, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    await pasteError(
      widget,
      'HTTP/1.1 403 Forbidden\nWWW-Authenticate: Bearer realm="api", error="insufficient_scope", scope="orders:write"\nAuthorization: Bearer sk_live_abcdefghijklmnop\nX-Request-Id: req_42abc',
    );
    await expect
      .poll(() => widget.locator(".kb-result h3").textContent())
      .toBe("The token lacks the scope or permission this call needs");
    const found = await widget.locator(".kb-paste__result").textContent();
    expect(found).toContain("HTTP status: 403");
    expect(found).toContain("Auth error: insufficient_scope");
    expect(found).toContain("req_42abc");
    expect(found).not.toContain("sk_live_abcdefghijklmnop");
    expect(await widget.locator(".kb-why").textContent()).toContain("from your error");
    expect(errors).toEqual([]);
    await close();
  });

  test("pasted HTML and script are shown as text, never as markup", async () => {
    const { page, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    await page.evaluate(() => {
      (window as unknown as { pwned: boolean }).pwned = false;
    });
    await pasteError(
      widget,
      'HTTP/1.1 500 Internal Server Error\n<img src=x onerror="window.pwned=true"><script>window.pwned=true</script>',
    );
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("Which requests fail?");
    expect(await page.locator("kb-triage img, kb-triage [data-app] script").count()).toBe(0);
    expect(await page.evaluate(() => (window as unknown as { pwned: boolean }).pwned)).toBe(false);
    await close();
  });

  test("an error-code page starts with its code answered", async () => {
    const { page, close } = await openPage(browser(), "/errors/503/");
    const widget = page.locator("kb-triage");
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("Who sent the 503, and what does it say?");
    expect(await widget.locator(".kb-trail").textContent()).toContain("503 Service Unavailable");
    await close();
  });

  test("the copyable report and the issue link carry the path, not secrets", async () => {
    const { page, close } = await openPage(browser(), "/not-found/?triage=1.not-found.x.405");
    const widget = page.locator("kb-triage");
    // The issue link comes with "Did this solve it? No".
    await widget.getByRole("button", { name: "No", exact: true }).click();
    const issue = widget.getByRole("link", { name: /open an issue/ });
    await issue.waitFor();
    const url = new URL((await issue.getAttribute("href")) ?? "");
    expect(url.pathname).toMatch(/\/issues\/new$/);
    expect(url.searchParams.get("body")).toContain(
      "Likely cause: The endpoint exists but not with this method",
    );
    await close();
  });

  test("the first question is in the page; the widget's code loads when the reader reaches for it", async () => {
    const { page, close } = await openPage(browser(), "/errors/503/");
    const scripts = () =>
      page.evaluate(
        () =>
          performance
            .getEntriesByType("resource")
            .map((r) => r.name)
            .filter((n) => /\/mount\.[\w-]+\.js$/.test(n)).length,
      );
    await page.waitForLoadState("networkidle");
    const widget = page.locator("kb-triage");
    expect(await widget.locator(".kb-question h3").textContent()).toBe(
      "Who sent the 503, and what does it say?",
    );
    expect(await widget.locator(".kb-trail").textContent()).toContain("503 Service Unavailable");
    expect(await scripts()).toBe(0);
    await widget.locator("button.kb-answer[data-value=with-retry-after]").hover();
    await expect.poll(scripts).toBe(1);
    await close();
  });

  test("an answer given before the widget's code has loaded is kept", async () => {
    const { page, errors, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    // A click with no pointer movement first (a keyboard or assistive-technology activation).
    await widget.locator("button.kb-answer[data-value=status-429]").dispatchEvent("click");
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("What does the response say about the limit itself?");
    expect(new URL(page.url()).searchParams.get("triage")).toMatch(/\.status-429$/);
    expect(errors).toEqual([]);
    await close();
  });

  test("a press that lasts while the widget's code loads still answers", async () => {
    const { page, errors, close } = await openPage(browser(), "/rate-limiting/");
    const widget = page.locator("kb-triage");
    // The code is held back until the button is down, so the live view is ready mid-press:
    // swapping the built buttons then would send the click to no button at all.
    let release = () => {};
    const held = new Promise<void>((resolve) => (release = resolve));
    await page.route(/\/_astro\/mount\.[^/]*\.js$/, async (route) => {
      await held;
      await route.continue();
    });
    const box = await widget.locator("button.kb-answer[data-value=status-429]").boundingBox();
    if (!box) throw new Error("the 429 answer is not on screen");
    await page.mouse.move(box.x + box.width / 2, box.y + box.height / 2);
    await page.mouse.down();
    release();
    await page.waitForResponse(/\/_astro\/mount\.[^/]*\.js$/);
    // Whatever the live widget does with a press in progress, it has had time to do it.
    await page.waitForTimeout(500);
    await page.mouse.up();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toBe("What does the response say about the limit itself?");
    expect(errors).toEqual([]);
    await close();
  });

  test("a paste submitted before the widget's code has loaded is kept", async () => {
    const { page, close } = await openPage(browser(), "/");
    const widget = page.locator("kb-triage");
    // Filled and submitted by script, so no pointer or focus event loads the code first.
    await widget
      .locator("textarea")
      .evaluate((area: HTMLTextAreaElement) => (area.value = "HTTP/1.1 429 Too Many Requests"));
    await widget.locator(".kb-paste__form button[type=submit]").dispatchEvent("click");
    await expect
      .poll(() => widget.locator(".kb-paste__result").textContent())
      .toContain("HTTP status: 429");
    await close();
  });
});
