import { explain, type TriageState } from "@kb/rules/runtime";
import { blocks, h, richText } from "./dom.ts";
import { candidateUrl } from "./links.ts";

/** What the views ask the controller to do. */
export interface Actions {
  answer(questionId: string, value: string | number): void;
  back(): void;
  restart(): void;
  /** Returns to the point before step `index` was answered. */
  rewind(index: number): void;
  copyReport(button: HTMLButtonElement): void;
  issueUrl(): string;
}

function trail(state: TriageState, actions: Actions): HTMLElement | false {
  if (state.steps.length === 0) return false;
  const items = state.steps.map((step) =>
    h(
      "li",
      {},
      h(
        "button",
        { type: "button", class: "kb-trail__step" },
        // Visible text stays part of the accessible name (WCAG 2.5.3); the prefix says what it does.
        h("span", { class: "sr-only" }, "Change your answer: "),
        h("span", { class: "kb-trail__q" }, step.questionText),
        " ",
        h("strong", {}, step.answerLabel),
        step.source === "incident" ? h("span", { class: "kb-badge" }, "from your error") : false,
      ),
    ),
  );
  items.forEach((li, i) =>
    li.querySelector("button")?.addEventListener("click", () => actions.rewind(i)),
  );
  return h("nav", { class: "kb-trail", "aria-label": "Your answers" }, h("ol", {}, ...items));
}

function controls(state: TriageState, actions: Actions): HTMLElement {
  const back = h(
    "button",
    { type: "button", class: "kb-btn kb-btn--ghost", disabled: !state.previous },
    "← Back",
  );
  const restart = h(
    "button",
    {
      type: "button",
      class: "kb-btn kb-btn--ghost",
      disabled: state.steps.every((s) => s.source === "incident"),
    },
    "Start over",
  );
  back.addEventListener("click", () => actions.back());
  restart.addEventListener("click", () => actions.restart());
  return h("div", { class: "kb-controls" }, back, restart);
}

function questionView(state: TriageState, actions: Actions): HTMLElement {
  const q = state.question;
  if (!q) return h("div");
  const headingId = `kb-q-${q.tree}-${q.id}`;
  const heading = h(
    "h3",
    { id: headingId, tabindex: "-1", class: "kb-focus-target" },
    ...richText(q.text),
  );
  let answers: HTMLElement;
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
    const form = h(
      "form",
      { class: "kb-number", "aria-labelledby": headingId },
      h("label", { for: inputId }, q.unit ? `Value in ${q.unit}` : "Value"),
      input,
      h("button", { type: "submit", class: "kb-btn" }, "Continue"),
      h("p", { class: "kb-ranges" }, `Ranges: ${q.options.map((o) => o.label).join(" · ")}`),
    );
    form.addEventListener("submit", (event) => {
      event.preventDefault();
      if (input.value.trim() !== "") actions.answer(q.id, Number(input.value));
    });
    answers = form;
  } else {
    const buttons = q.options.map((o) => {
      const b = h(
        "button",
        { type: "button", class: "kb-btn kb-answer", "data-value": o.value },
        ...richText(o.label),
      );
      b.addEventListener("click", () => actions.answer(q.id, o.value));
      return b;
    });
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
        ...blocks(q.help),
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

function causeView(state: TriageState, actions: Actions): HTMLElement {
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
    { type: "button", class: "kb-btn" },
    "Copy a report for a support ticket",
  );
  copy.addEventListener("click", () => actions.copyReport(copy));
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

function handoffView(state: TriageState): HTMLElement {
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

/** Renders the whole widget body for a state. */
export function render(state: TriageState, actions: Actions): HTMLElement {
  const body =
    state.status === "cause"
      ? causeView(state, actions)
      : state.status === "handoff"
        ? handoffView(state)
        : questionView(state, actions);
  return h(
    "div",
    { class: "kb-triage__body" },
    trail(state, actions),
    body,
    controls(state, actions),
  );
}

/** The sentence the live region announces for a state. */
export function announcement(state: TriageState): string {
  if (state.cause) return `Likely cause: ${state.cause.title}`;
  if (state.question) return `Question ${state.steps.length + 1}: ${state.question.text}`;
  return "Loading the next questions";
}
