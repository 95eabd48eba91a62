import { explain, type TriageState } from "@kb/rules/runtime";
import { blocks as blocksOf, richText as richTextOf, type Builder } from "./dom.ts";
import { candidateUrl } from "./links.ts";

/** What the views ask the controller to do. */
export interface Actions {
  answer(questionId: string, value: string | number): void;
  back(): void;
  restart(): void;
  /** Returns to the point before step `index` was answered. */
  rewind(index: number): void;
  copyReport(button: HTMLButtonElement): void;
  /** The prefilled "open an issue" link for the current state. */
  issueUrl(): string;
}

function trail<N>(h: Builder<N>, state: TriageState, actions: Actions): N | false {
  if (state.steps.length === 0) return false;
  const items = state.steps.map((step, i) =>
    h(
      "li",
      {},
      h(
        "button",
        { type: "button", class: "kb-trail__step", onclick: () => actions.rewind(i) },
        // Visible text stays part of the accessible name (WCAG 2.5.3); the prefix says what it does.
        h("span", { class: "sr-only" }, "Change your answer: "),
        h("span", { class: "kb-trail__q" }, step.questionText),
        " ",
        h("strong", {}, step.answerLabel),
        step.source === "incident" ? h("span", { class: "kb-badge" }, "from your error") : false,
      ),
    ),
  );
  return h("nav", { class: "kb-trail", "aria-label": "Your answers" }, h("ol", {}, ...items));
}

function controls<N>(h: Builder<N>, state: TriageState, actions: Actions): N {
  const back = h(
    "button",
    {
      type: "button",
      class: "kb-btn kb-btn--ghost",
      disabled: !state.previous,
      onclick: () => actions.back(),
    },
    "← Back",
  );
  const restart = h(
    "button",
    {
      type: "button",
      class: "kb-btn kb-btn--ghost",
      disabled: state.steps.every((s) => s.source === "incident"),
      onclick: () => actions.restart(),
    },
    "Start over",
  );
  return h("div", { class: "kb-controls" }, back, restart);
}

function questionView<N>(h: Builder<N>, state: TriageState, actions: Actions): N {
  const richText = (text: string) => richTextOf(h, text);
  const q = state.question;
  if (!q) return h("div");
  const headingId = `kb-q-${q.tree}-${q.id}`;
  const heading = h(
    "h3",
    { id: headingId, tabindex: "-1", class: "kb-focus-target" },
    ...richText(q.text),
  );
  let answers: N;
  if (q.type === "number") {
    const inputId = `${headingId}-input`;
    const input = h("input", {
      id: inputId,
      type: "number",
      inputmode: "decimal",
      step: "any",
      required: true,
      class: "kb-input",
    });
    answers = h(
      "form",
      {
        class: "kb-number",
        "aria-labelledby": headingId,
        onsubmit: (event) => {
          event.preventDefault();
          const field = (event.currentTarget as HTMLFormElement).querySelector("input");
          if (field && field.value.trim() !== "") actions.answer(q.id, Number(field.value));
        },
      },
      h("label", { for: inputId }, q.unit ? `Value in ${q.unit}` : "Value"),
      input,
      h("button", { type: "submit", class: "kb-btn" }, "Continue"),
      h("p", { class: "kb-ranges" }, `Ranges: ${q.options.map((o) => o.label).join(" · ")}`),
    );
  } else {
    const buttons = q.options.map((o) =>
      h(
        "button",
        {
          type: "button",
          class: "kb-btn kb-answer",
          "data-value": String(o.value),
          onclick: () => actions.answer(q.id, o.value),
        },
        ...richText(o.label),
      ),
    );
    answers = h(
      "div",
      { role: "group", "aria-labelledby": headingId, class: "kb-answers" },
      ...buttons,
    );
  }
  const help = q.help
    ? h(
        "details",
        { class: "kb-help" },
        h("summary", {}, "How do I find this out?"),
        ...blocksOf(h, q.help),
      )
    : false;
  const possible = state.candidates.length
    ? h(
        "details",
        { class: "kb-candidates" },
        h(
          "summary",
          {},
          `Still possible: ${state.candidates.length} cause${state.candidates.length === 1 ? "" : "s"}`,
        ),
        h(
          "ol",
          {},
          ...state.candidates.map((c) =>
            h(
              "li",
              {},
              h("a", { href: candidateUrl(c) }, c.title),
              c.likelihood === "common" ? h("span", { class: "kb-badge" }, "common") : false,
            ),
          ),
        ),
      )
    : false;
  return h(
    "div",
    { class: "kb-question" },
    h("p", { class: "kb-step" }, `Question ${state.steps.length + 1}`),
    heading,
    help,
    answers,
    possible,
  );
}

function causeView<N>(h: Builder<N>, state: TriageState, actions: Actions): N {
  const richText = (text: string) => richTextOf(h, text);
  const blocks = (text: string) => blocksOf(h, text);
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
        h("h4", {}, "Still failing? Check these next"),
        h(
          "ol",
          { class: "kb-alternatives" },
          ...state.candidates.map((c) => h("li", {}, h("a", { href: candidateUrl(c) }, c.title))),
        ),
      ]
    : [];
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
    h("ol", { class: "kb-fix" }, ...cause.fix.map((f) => h("li", {}, ...richText(f)))),
    h("p", {}, h("a", { href: candidateUrl(cause) }, "Read the full explanation in the article →")),
    ...alternatives,
    h(
      "div",
      { class: "kb-report" },
      copy,
      h(
        "a",
        {
          class: "kb-btn kb-btn--ghost",
          href: actions.issueUrl(),
          target: "_blank",
          rel: "noopener",
        },
        "This did not help: open an issue",
      ),
    ),
  );
}

function handoffView<N>(h: Builder<N>, state: TriageState): N {
  return h(
    "div",
    { class: "kb-question" },
    h("p", { class: "kb-step" }, "Loading the next questions…"),
    h(
      "p",
      { class: "kb-focus-target", tabindex: "-1" },
      `Continuing with: ${state.handoff?.tree ?? ""}`,
    ),
  );
}

/**
 * Renders the whole widget body for a state with a builder: DOM nodes in the browser, HTML at
 * build time (the first question, in the page before the widget's code loads).
 */
export function render<N>(h: Builder<N>, state: TriageState, actions: Actions): N {
  const body =
    state.status === "cause"
      ? causeView(h, state, actions)
      : state.status === "handoff"
        ? handoffView(h, state)
        : questionView(h, state, actions);
  return h(
    "div",
    { class: "kb-triage__body" },
    trail(h, state, actions),
    body,
    controls(h, state, actions),
  );
}

/** The sentence the live region announces for a state. */
export function announcement(state: TriageState): string {
  if (state.cause) return `Likely cause: ${state.cause.title}`;
  if (state.question) return `Question ${state.steps.length + 1}: ${state.question.text}`;
  return "Loading the next questions";
}
