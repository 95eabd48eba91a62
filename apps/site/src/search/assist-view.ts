import type { Diagnosis } from "./diagnose-link.ts";
import type { BestBet } from "./best-bets.ts";
import type { Found, FoundPage } from "./fallback-search.ts";

/**
 * Why the assistant searches again: the query found nothing (`zero`), a pasted error found
 * little (`few`), a typo was corrected (`corrected`), or no word of the query is used on the
 * site (`unknown`).
 */
export type FallbackKind = "zero" | "few" | "corrected" | "unknown";

/** The assistant's part of the search dialog, above Pagefind's results. */
export interface AssistView {
  root: HTMLElement;
  reset(): void;
  diagnose(found: Diagnosis | undefined): void;
  suggest(query: string | undefined, rerun: (query: string) => void): void;
  /** Pages the query names outright (an error code's name, a symptom, a cause). */
  bestBets(bets: BestBet[]): void;
  /** Results for the query's distinctive words, and the entry tree when the query found nothing. */
  fallback(found: Found | undefined, query: string, kind: FallbackKind): void;
  /** Marks the view complete for `query` (`data-settled`), for tests and assistive tech. */
  settle(query: string): void;
}

function el<K extends keyof HTMLElementTagNameMap>(
  tag: K,
  attrs: Record<string, string> = {},
  ...children: (Node | string)[]
): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  for (const [name, value] of Object.entries(attrs)) node.setAttribute(name, value);
  node.append(...children);
  return node;
}

/** Pagefind's excerpt as nodes: its text, with only `<mark>` kept (nothing else is parsed in). */
function excerptNodes(html: string): Node[] {
  const doc = new DOMParser().parseFromString(`<body>${html}`, "text/html");
  return [...doc.body.childNodes].map((n) =>
    n.nodeName === "MARK"
      ? el("mark", {}, n.textContent ?? "")
      : document.createTextNode(n.textContent ?? ""),
  );
}

/** A result card, in Pagefind UI's own classes so it looks like the results below it. */
function card(page: Pick<FoundPage, "url" | "title"> & { excerpt?: string }): HTMLLIElement {
  return el(
    "li",
    { class: "pagefind-ui__result" },
    el(
      "div",
      { class: "pagefind-ui__result-inner" },
      el(
        "p",
        { class: "pagefind-ui__result-title" },
        el("a", { class: "pagefind-ui__result-link", href: page.url }, page.title),
      ),
      page.excerpt !== undefined
        ? el("p", { class: "pagefind-ui__result-excerpt" }, ...excerptNodes(page.excerpt))
        : "",
    ),
  );
}

/** Builds the (empty, hidden) assistant view; `base` is the site's base path. */
export function assistView(base: string): AssistView {
  const diagnoseBox = el("div", { class: "kb-diagnose", hidden: "" });
  const suggestion = el("p", { class: "kb-did-you-mean", hidden: "" });
  const betsBox = el("div", { class: "kb-best-bets", hidden: "" });
  const fallbackBox = el("div", { class: "kb-fallback", hidden: "" });
  const root = el(
    "div",
    { class: "kb-search-assist", "data-kb-search-assist": "" },
    el("div", { "aria-live": "polite" }, diagnoseBox, suggestion),
    betsBox,
    fallbackBox,
  );
  // Pages already shown as a best match are not repeated in the fallback's list.
  let shown = new Set<string>();
  const sync = () => {
    root.hidden = [diagnoseBox, suggestion, betsBox, fallbackBox].every((box) => box.hidden);
  };
  sync();
  return {
    root,
    reset() {
      delete root.dataset.settled;
      shown = new Set();
      for (const box of [diagnoseBox, suggestion, betsBox, fallbackBox]) {
        box.hidden = true;
        box.replaceChildren();
      }
      sync();
    },
    diagnose(found) {
      diagnoseBox.hidden = !found;
      sync();
      if (!found) return diagnoseBox.replaceChildren();
      diagnoseBox.replaceChildren(
        el("a", { class: "kb-diagnose__link", href: found.href }, "Diagnose this error"),
        el(
          "p",
          {},
          found.understood.length > 0
            ? `Read from your error: ${found.understood.join(" · ")}. `
            : "",
          `Opens “${found.treeTitle}” with what it shows already answered. Nothing leaves your browser.`,
        ),
      );
    },
    suggest(query, rerun) {
      suggestion.hidden = !query;
      sync();
      if (!query) return suggestion.replaceChildren();
      const button = el("button", { type: "button", class: "kb-did-you-mean__button" }, query);
      button.addEventListener("click", () => rerun(query));
      suggestion.replaceChildren("Did you mean ", button, "?");
    },
    bestBets(bets) {
      shown = new Set(bets.map((b) => b.url.split("#")[0] ?? b.url));
      betsBox.hidden = bets.length === 0;
      sync();
      betsBox.replaceChildren(
        ...(bets.length > 0
          ? [
              el("p", {}, bets.length === 1 ? "Best match:" : "Best matches:"),
              el("ol", { class: "kb-fallback__results" }, ...bets.map(card)),
            ]
          : []),
      );
    },
    fallback(found, query, kind) {
      const zero = kind === "zero" || kind === "unknown";
      if (!found && !zero) return;
      fallbackBox.hidden = false;
      sync();
      const entry = el(
        "p",
        { class: "kb-fallback__entry" },
        "Or answer a few questions from the start: ",
        el("a", { href: base }, "My integration is failing"),
        ".",
      );
      if (!found) {
        fallbackBox.replaceChildren(
          el(
            "p",
            {},
            kind === "unknown"
              ? `No page of this site uses the words “${query.trim().slice(0, 80)}”.`
              : `Nothing matches “${query.trim().slice(0, 80)}”.`,
          ),
          entry,
        );
        return;
      }
      const items = found.pages.filter((p) => !shown.has(p.url)).map(card);
      fallbackBox.replaceChildren(
        el(
          "p",
          {},
          zero
            ? "No page has every word of your search. Pages for "
            : kind === "corrected"
              ? "Results for "
              : "More pages for ",
          el("strong", {}, found.terms),
          ":",
        ),
        el("ol", { class: "kb-fallback__results" }, ...items),
        zero ? entry : "",
      );
    },
    settle(query) {
      root.dataset.settled = query;
    },
  };
}
