import type { Browser } from "playwright-core";
import { afterAll, beforeAll, describe, expect, test } from "vitest";
import { launch, openPage } from "./support/browser.ts";

let browser: Browser;
beforeAll(async () => {
  browser = await launch();
});
afterAll(async () => {
  await browser.close();
});

describe("triage widget on the authentication article", () => {
  test("answering the questions leads to a cause with its fix, and the URL keeps the point", async () => {
    const { page, errors, close } = await openPage(browser, "/authentication-failures/");
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
    expect(await result.getByRole("link", { name: /full explanation/ }).getAttribute("href")).toBe(
      "/authentication-failures/#clock-skew",
    );
    expect(new URL(page.url()).searchParams.get("triage")).toMatch(
      /^1\.authentication\.[a-z0-9]+\.401\.none\.yes\.yes\.300$/,
    );

    await page.goBack();
    await expect
      .poll(() => widget.locator(".kb-question h3").textContent())
      .toContain("How many seconds apart");
    expect(errors).toEqual([]);
    await close();
  });
});
