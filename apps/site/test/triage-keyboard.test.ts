import { describe, test } from "vitest";
import { openPage, useBrowser, widgetSettled } from "./support/browser.ts";
import { tabTo } from "./support/keyboard.ts";
import { siteTrees } from "./support/trees.ts";

const browser = useBrowser();

const trees = siteTrees();
const byId = new Map(trees.map((t) => [t.id, t]));
const cases = trees.flatMap((tree) =>
  tree.examples.map((example) => ({ tree, example, name: `${tree.id}: ${example.name}` })),
);

describe("every tree can be completed by keyboard alone, following its examples", () => {
  test.for(cases)("$name", async ({ tree, example }, { expect }) => {
    const { page, errors, close } = await openPage(browser(), `/${tree.article}/`);
    const widget = page.locator("kb-triage");
    await widgetSettled(page);
    // Starlight's skip link is the first Tab stop; it jumps past the header and sidebar.
    await page.keyboard.press("Tab");
    expect(await page.evaluate(() => document.activeElement?.getAttribute("href"))).toBe("#_top");
    await page.keyboard.press("Enter");
    for (let step = 0; step < 20; step++) {
      const result = await widget.locator(".kb-result").count();
      if (result > 0) break;
      const heading = widget.locator(".kb-question h3");
      const questionText = (await heading.textContent())?.trim() ?? "";
      const plain = (text: string) => text.replace(/`/g, "");
      // A hand-off example ends when the widget says it continues in the next tree (two trees
      // may ask a question in the same words, so the text alone cannot tell).
      if (step > 0 && example.tree && (await widget.locator(".kb-handoff").count()) > 0) break;
      const current = tree.questions.find((q) => plain(q.text) === questionText);
      if (!current) throw new Error(`Question not found in ${tree.id}: ${questionText}`);
      const answer = example.answers[current.id];
      expect(answer, `example has an answer for ${current.id}`).toBeDefined();
      // After an answer, focus moves to the new question, so its answers are the next Tab stops.
      if (step > 0)
        await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe("H3");
      if (current.type === "number") {
        await tabTo(page, "kb-triage input[type=number]");
        await page.keyboard.type(String(answer));
        await page.keyboard.press("Enter");
      } else {
        await tabTo(page, `kb-triage button.kb-answer[data-value="${String(answer)}"]`);
        await page.keyboard.press("Enter");
      }
      await expect
        .poll(() => heading.or(widget.locator(".kb-result h3")).first().textContent())
        .not.toBe(questionText);
    }
    if (example.cause) {
      const cause = tree.causes.find((c) => c.id === example.cause);
      await expect
        .poll(() => widget.locator(".kb-result h3").textContent())
        .toBe(cause?.title.replace(/`/g, ""));
      expect(await page.evaluate(() => document.activeElement?.textContent?.trim())).toBe(
        cause?.title.replace(/`/g, ""),
      );
    } else {
      const target = byId.get(example.tree ?? "");
      const start = target?.questions.find((q) => q.id === target.start);
      await expect
        .poll(() => widget.locator(".kb-question h3").textContent())
        .toBe(start?.text.replace(/`/g, ""));
      // The widget now shows the other tree: its title, and the reason for the change.
      await expect
        .poll(() => widget.locator("[data-title-text]").textContent())
        .toBe(target?.title);
      expect(await widget.locator(".kb-handoff").textContent()).toContain(
        `Continuing in: ${target?.title}`,
      );
    }
    expect(errors).toEqual([]);
    await close();
  });
});
