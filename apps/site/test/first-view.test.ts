import { describe, expect, test } from "vitest";
import { firstViewHtml, pasteHtml } from "../src/lib/first-view.ts";
import { siteTrees } from "./support/trees.ts";

const trees = new Map(siteTrees().map((t) => [t.id, t]));
const tree = (id: string) => {
  const found = trees.get(id);
  if (!found) throw new Error(`no tree ${id}`);
  return found;
};

describe("the widget's first view, built into the page", () => {
  test("shows the first question with its answers, as the live widget renders it", async () => {
    const html = await firstViewHtml(tree("rate-limits"));
    expect(html).toMatch(/>Question 1 of about \d+<\/p>/);
    expect(html).toContain("How does the API tell you that you are limited?");
    expect(html).toMatch(/<button type="button" class="kb-btn kb-answer" data-value="status-429">/);
    // Nothing to go back to yet.
    expect(html).toMatch(/<button type="button" class="kb-btn kb-btn--ghost" disabled>← Back/);
  });

  test("starts an error page's tree with its code answered, shown in the trail", async () => {
    const html = await firstViewHtml(tree("server-errors"), { status: 503 });
    expect(html).toContain("Who sent the 503, and what does it say?");
    expect(html).toContain('class="kb-trail"');
    expect(html).toContain("503 Service Unavailable");
    expect(html).toContain("from your error");
  });

  test("renders tree text as text: markup in a question or an answer is escaped", async () => {
    const base = tree("authentication");
    const [first, ...rest] = base.questions;
    if (first?.type !== "choice") throw new Error("fixture: the first question is a choice");
    const hostile = {
      ...base,
      id: "hostile",
      questions: [
        {
          ...first,
          text: 'Is it <img src=x onerror="alert(1)">?',
          options: first.options.map((o) => ({
            ...o,
            label: `${o.label}</button><script>x</script>`,
          })),
        },
        ...rest,
      ],
    };
    const html = await firstViewHtml(hostile);
    expect(html).not.toContain("<img");
    expect(html).not.toContain("<script");
    expect(html).toContain('&#x3C;img src=x onerror="alert(1)">');
  });

  test("hand-off candidates are named by their tree's title and link to its article", async () => {
    // The home page's tree: every first answer hands off to another tree.
    const entry = tree("integration-failing");
    const auth = tree("authentication");
    const html = await firstViewHtml(entry, {}, Object.fromEntries(trees));
    expect(html).toContain(`<a href="/${auth.article}/">${auth.title}</a>`);
    // Without the summaries, a hand-off had no article: a raw id linking to `//`.
    expect(html).not.toContain('href="//"');
  });

  test("the outline renders inline code and writes its causes out open", async () => {
    const { toHtml } = await import("hast-util-to-html");
    const { htmlBuilder } = await import("../src/lib/html-builder.ts");
    const { outlineView } = await import("../src/widget/outline-view.ts");
    const html = toHtml(outlineView(htmlBuilder, tree("rate-limits"), (id) => trees.get(id)));
    expect(html).toContain("<code>");
    expect(html).not.toMatch(/`[^`<]+`/);
    // Only the outline itself is a disclosure: a link to a cause lands on its text, not a
    // closed <details>.
    expect(html.match(/<details/g)).toHaveLength(1);
    expect(html).toContain('id="t-rate-limits-c-burst-concurrency"');
  });

  test("the paste box is a labelled form with its own field id", () => {
    const html = pasteHtml("kb-paste-webhooks");
    expect(html).toContain('<label for="kb-paste-webhooks">');
    expect(html).toContain('<textarea id="kb-paste-webhooks"');
    expect(html).toContain('<button type="submit" class="kb-btn">Find the cause</button>');
  });
});
