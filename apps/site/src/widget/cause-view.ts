import { explain, type TriageState } from "@kb/rules/runtime";
import { inline, paragraphs, type Segment } from "../lib/rich-text.ts";
import type { Actions } from "./actions.ts";
import { richText as richTextOf, type Builder } from "./dom.ts";

/** A copy button for a command (code in a result), with a place to say how it went. */
function copyButton<N>(h: Builder<N>, text: string, actions: Actions): N {
  return h(
    "span",
    { class: "kb-copy" },
    h(
      "button",
      {
        type: "button",
        class: "kb-copy__btn",
        "aria-label": `Copy command: ${text}`,
        onclick: (event) => actions.copy(text, event.currentTarget as HTMLButtonElement),
      },
      "Copy",
    ),
    h("span", { class: "kb-copy__status", role: "status" }),
  );
}

/** Code with a space that is not a header line (`Name: value`): a command to run. */
const looksLikeCommand = (code: string) =>
  /\s/.test(code.trim()) && !/^[\w-]+:\s/.test(code.trim());

/** Result text segments; inline code that looks like a command (has a space) gets a copy button. */
function commandSegments<N>(h: Builder<N>, segments: Segment[], actions: Actions): (N | string)[] {
  return segments.flatMap((s): (N | string)[] =>
    s.kind === "text"
      ? [s.value]
      : [
          h("code", {}, s.value),
          looksLikeCommand(s.value) && copyButton(h, s.value, actions),
        ].filter((n): n is N => n !== false),
  );
}

/** Result paragraphs; commands in them and fenced code blocks get a copy button. */
function commandBlocks<N>(h: Builder<N>, text: string, actions: Actions): N[] {
  return paragraphs(text).flatMap((segments) => {
    const [first] = segments;
    if (first?.kind !== "block") return [h("p", {}, ...commandSegments(h, segments, actions))];
    return [h("pre", {}, h("code", {}, first.value)), copyButton(h, first.value, actions)];
  });
}

export function causeView<N>(h: Builder<N>, state: TriageState, actions: Actions): N {
  const richText = (text: string) => richTextOf(h, text);
  const blocks = (text: string) => commandBlocks(h, text, actions);
  const cause = state.cause;
  if (!cause) return h("div");
  const why = explain(state).map((line) =>
    h(
      "li",
      {},
      h("span", {}, ...richText(line.question)),
      " → ",
      h("strong", {}, line.answer),
      line.source === "incident" ? h("span", { class: "kb-badge" }, "from your error") : false,
    ),
  );
  const copy = h(
    "button",
    {
      type: "button",
      class: "kb-btn",
      onclick: (event) => actions.copyReport(event.currentTarget as HTMLButtonElement),
    },
    "Copy a report for a support ticket",
  );
  const alternatives = state.candidates.length
    ? [
        h("h4", { tabindex: "-1" }, "Still failing? Check these next"),
        h(
          "ol",
          { class: "kb-alternatives" },
          ...state.candidates.map((c) =>
            h("li", {}, h("a", { href: actions.link(c) }, ...richText(c.title))),
          ),
        ),
      ]
    : [];
  // "Did this solve it?": Yes thanks the reader; No shows what to check next and the issue
  // link. Nothing is sent anywhere: it only changes what this page shows.
  const solved = h(
    "div",
    { class: "kb-solved", role: "group", "aria-labelledby": `kb-solved-${cause.tree}-${cause.id}` },
    h(
      "p",
      { id: `kb-solved-${cause.tree}-${cause.id}`, class: "kb-solved__q" },
      "Did this solve it?",
    ),
    h(
      "button",
      {
        type: "button",
        class: "kb-btn",
        "data-solved": "yes",
        onclick: (event) => answerSolved(event, true),
      },
      "Yes",
    ),
    h(
      "button",
      {
        type: "button",
        class: "kb-btn kb-btn--ghost",
        "data-solved": "no",
        onclick: (event) => answerSolved(event, false),
      },
      "No",
    ),
  );
  return h(
    "div",
    { class: "kb-result" },
    h("p", { class: "kb-step" }, "Likely cause"),
    h("h3", { tabindex: "-1", class: "kb-focus-target" }, ...richText(cause.title)),
    ...blocks(cause.why),
    h("h4", {}, "Why this answer"),
    h("ul", { class: "kb-why" }, ...why),
    h("h4", {}, "Confirm it"),
    ...blocks(cause.confirm),
    h("h4", {}, "Fix it"),
    h(
      "ol",
      { class: "kb-fix" },
      ...cause.fix.map((f) => h("li", {}, ...commandSegments(h, inline(f), actions))),
    ),
    h("p", {}, h("a", { href: actions.link(cause) }, "Read the full explanation in the article →")),
    solved,
    h(
      "p",
      { class: "kb-solved__thanks", hidden: true, tabindex: "-1" },
      "Glad it works again. Thank you for trying the questions.",
    ),
    h(
      "div",
      { class: "kb-next", hidden: true },
      ...alternatives,
      h(
        "a",
        {
          class: "kb-btn kb-btn--ghost",
          href: actions.issueUrl(),
          target: "_blank",
          rel: "noopener noreferrer",
        },
        "This did not help: open an issue",
      ),
    ),
    h("div", { class: "kb-report" }, copy),
  );
}

/** Shows the thank-you (Yes) or what to check next and the issue link (No). */
function answerSolved(event: Event, yes: boolean): void {
  const result = (event.currentTarget as HTMLElement).closest(".kb-result");
  if (!result) return;
  const thanks = result.querySelector<HTMLElement>(".kb-solved__thanks");
  const next = result.querySelector<HTMLElement>(".kb-next");
  const issue = result.querySelector<HTMLElement>(".kb-next a.kb-btn");
  if (!thanks || !next || !issue) return;
  thanks.hidden = !yes;
  next.hidden = yes;
  for (const b of result.querySelectorAll(".kb-solved button"))
    b.setAttribute("aria-pressed", String(b.getAttribute("data-solved") === (yes ? "yes" : "no")));
  if (yes) thanks.focus();
  else (next.querySelector<HTMLElement>("h4") ?? issue).focus();
}
