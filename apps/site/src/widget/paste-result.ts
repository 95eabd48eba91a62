import type { Incident } from "@kb/rules/incident";
import type { IncidentFactName } from "@kb/rules/runtime";
import { h } from "./dom.ts";

// Every fact has a reader's name: the type makes a new fact without one a compile error.
const factNames: Record<IncidentFactName, string> = {
  status: "HTTP status",
  networkError: "Network error",
  loopbackHost: "This machine",
  clockSkew: "Clock",
  authError: "Auth error",
  retryAfter: "Retry-After (seconds)",
  rateLimitRemaining: "Requests left",
  contentTypeProblem: "Content type",
  tlsError: "TLS error",
  problemType: "Problem type",
  condition: "Condition",
  errorCode: "Error code",
  grpcStatus: "gRPC status",
  provider: "Provider",
};

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;

/** A provider's documentation link: https only, opened without handing over this page. */
function docsLink(href: string | undefined): Node | false {
  if (!href) return false;
  let url: URL;
  try {
    url = new URL(href);
  } catch {
    return false;
  }
  if (url.protocol !== "https:") return false;
  return h(
    "p",
    {},
    h(
      "a",
      { href: url.href, rel: "noopener noreferrer", target: "_blank" },
      "Provider documentation",
    ),
  );
}

/** What the paste was recognised as: the best signature, or the closest trees. */
function understood(incident: Incident, startTree: (id: string) => void): Node[] {
  const match = incident.signatures?.[0];
  if (match) {
    return [
      h(
        "div",
        { class: "kb-paste__match" },
        h("p", {}, h("strong", {}, "Recognised: "), match.title),
        match.provider ? h("p", {}, `Provider: ${match.provider}`) : false,
        match.evidence.length > 0 &&
          h(
            "ul",
            {},
            ...match.evidence.slice(0, 5).map((line) => h("li", {}, h("code", {}, line))),
          ),
        docsLink(match.references[0]),
      ),
    ];
  }
  const candidates = (incident.candidates ?? []).filter((c) => SLUG.test(c.tree));
  const out: Node[] = [h("p", {}, "Nothing specific recognised.")];
  if (candidates.length > 0)
    out.push(
      h(
        "div",
        { class: "kb-paste__candidates" },
        h("p", {}, "Closest topics:"),
        h(
          "ul",
          {},
          ...candidates.map((c) =>
            h(
              "li",
              {},
              h(
                "button",
                { type: "button", class: "kb-btn kb-btn--ghost", onclick: () => startTree(c.tree) },
                c.title,
              ),
            ),
          ),
        ),
      ),
    );
  return out;
}

/**
 * Shows what a paste was read as: what was recognised (or the closest trees), the facts found
 * with their redacted lines, and notes (cut, secrets removed, request ids). Loaded with the
 * paste reader on the first paste, not with the widget. Returns whether any fact was found.
 */
export function showIncident(
  result: HTMLElement,
  incident: Incident,
  startTree: (id: string) => void,
): boolean {
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
  const recognised = understood(incident, startTree);
  if (found.length === 0) {
    result.replaceChildren(
      ...recognised,
      h(
        "p",
        {},
        "No status code, error code or header was recognised in this text. Answer the questions instead, or paste the raw response (curl -i shows it).",
      ),
      ...notes,
    );
    return false;
  }
  result.replaceChildren(
    ...recognised,
    h("p", {}, "Found in your paste:"),
    h("ul", {}, ...found),
    ...notes,
  );
  return true;
}
