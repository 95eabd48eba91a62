import { ENTRY_TREE, type Tree, type Triage, type TriageState } from "@kb/rules/runtime";
import { h, type Builder } from "./dom.ts";
import { treeUrl } from "./links.ts";

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** The "Paste your error" box, built into the page at build time and in tests. */
export function pasteView<N>(b: Builder<N>, id: string): N {
  return b(
    "details",
    { class: "kb-paste" },
    b("summary", {}, "Paste your error instead"),
    b(
      "form",
      { class: "kb-paste__form" },
      b(
        "label",
        { for: id },
        "Paste an error message, a raw response, a curl -v transcript or a stack trace. Secrets are removed before anything is read; nothing leaves your browser.",
      ),
      // Not restored by the browser after navigation: a paste can hold secrets.
      b("textarea", {
        id,
        rows: "6",
        class: "kb-input",
        spellcheck: "false",
        autocomplete: "off",
        placeholder: "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n…",
      }),
      b(
        "div",
        { class: "kb-controls" },
        b("button", { type: "submit", class: "kb-btn" }, "Find the cause"),
        b("button", { type: "button", class: "kb-btn kb-btn--ghost", "data-clear": "" }, "Clear"),
      ),
      b("div", { class: "kb-paste__result", role: "status" }),
    ),
  );
}

/**
 * Brings the page's paste box to life: reads the paste in a Web Worker (see read-paste.ts),
 * shows what was recognised and the facts found, and starts the entry tree with them so it
 * routes to the right tree. The box can be cleared, and is cleared when the page comes back
 * from the back/forward cache: a paste can hold secrets.
 */
export function mountPaste(
  host: HTMLElement,
  triage: Triage,
  start: (state: TriageState) => void,
): void {
  const form = host.querySelector("form");
  const area = host.querySelector("textarea");
  const result = host.querySelector<HTMLElement>(".kb-paste__result");
  if (!form || !area || !result) return;
  const clear = () => {
    area.value = "";
    result.replaceChildren();
  };
  host.querySelector("[data-clear]")?.addEventListener("click", () => {
    clear();
    area.focus();
  });
  addEventListener("pageshow", (event) => {
    if (event.persisted) clear();
  });

  const load = async (id: string) => {
    if (!triage.has(id) && SLUG.test(id)) {
      const response = await fetch(treeUrl(id)).catch(() => undefined);
      if (response?.ok) triage.add((await response.json()) as Tree);
    }
    return triage.has(id);
  };

  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void (async () => {
      result.replaceChildren(h("p", {}, "Reading your paste…"));
      // The reader and its view load on the first paste, not with the widget.
      const [{ readPaste }, { showIncident }] = await Promise.all([
        import("./read-paste.ts"),
        import("./paste-result.ts"),
      ]);
      const incident = await readPaste(area.value);
      const startTree = (id: string) =>
        void load(id).then(async (ok) => {
          if (ok) start(await triage.start(id, incident.facts));
        });
      if (!showIncident(result, incident, startTree)) return;
      const home = host.closest<HTMLElement>("kb-triage")?.dataset.tree ?? "";
      start(await triage.start((await load(ENTRY_TREE)) ? ENTRY_TREE : home, incident.facts));
    })();
  });
}
