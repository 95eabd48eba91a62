import { ENTRY_TREE, type Tree, type Triage, type TriageState } from "@kb/rules/runtime";
import { h, type Builder } from "./dom.ts";
import { treeUrl } from "./links.ts";

const factNames: Record<string, string> = {
  status: "HTTP status",
  networkError: "Network error",
  authError: "Auth error",
  retryAfter: "Retry-After (seconds)",
  rateLimitRemaining: "Requests left",
  contentTypeProblem: "Content type",
  tlsError: "TLS error",
  problemType: "Problem type",
};

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
      b("textarea", {
        id,
        rows: "6",
        class: "kb-input",
        spellcheck: "false",
        placeholder: "HTTP/1.1 429 Too Many Requests\nRetry-After: 30\n…",
      }),
      b("button", { type: "submit", class: "kb-btn" }, "Find the cause"),
      b("div", { class: "kb-paste__result", role: "status" }),
    ),
  );
}

/**
 * Brings the page's paste box to life: reads the paste with `parseIncident` (loaded on first
 * use), lists the facts it found, and starts the entry tree with them so it routes to the
 * right tree.
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
  form.addEventListener("submit", (event) => {
    event.preventDefault();
    void (async () => {
      const { parseIncident } = await import("@kb/rules/incident");
      const incident = parseIncident(area.value);
      const found = incident.evidence.map((e) =>
        h(
          "li",
          {},
          h("strong", {}, `${factNames[e.fact] ?? e.fact}: ${String(e.value)}`),
          " — ",
          h("code", {}, e.line),
        ),
      );
      const notes: Node[] = [
        incident.truncated && h("p", {}, "Only the first 256 KB of the paste were read."),
        incident.redactions > 0 &&
          h(
            "p",
            {},
            `${incident.redactions} secret${incident.redactions === 1 ? " was" : "s were"} removed from what is shown.`,
          ),
        incident.requestIds.length > 0 &&
          h(
            "p",
            {},
            `Request ids to quote to the provider: ${incident.requestIds.map((r) => r.value).join(", ")}`,
          ),
      ].filter((n): n is HTMLParagraphElement => n !== false);
      if (found.length === 0) {
        result.replaceChildren(
          h(
            "p",
            {},
            "No status code, error code or header was recognised in this text. Answer the questions instead, or paste the raw response (curl -i shows it).",
          ),
          ...notes,
        );
        return;
      }
      result.replaceChildren(h("p", {}, "Found in your paste:"), h("ul", {}, ...found), ...notes);
      if (!triage.has(ENTRY_TREE)) {
        const response = await fetch(treeUrl(ENTRY_TREE)).catch(() => undefined);
        if (response?.ok) triage.add((await response.json()) as Tree);
      }
      start(
        await triage.start(
          triage.has(ENTRY_TREE)
            ? ENTRY_TREE
            : (host.closest<HTMLElement>("kb-triage")?.dataset.tree ?? ""),
          incident.facts,
        ),
      );
    })();
  });
}
