import type { TriageState } from "@kb/rules/runtime";
import type { Actions } from "./actions.ts";
import type { causeView as CauseViewFn } from "./cause-view.ts";
import { richText as richTextOf, blocks as blocksOf, type Builder } from "./dom.ts";

export type { Actions } from "./actions.ts";

let causeView: typeof CauseViewFn | undefined;

/**
 * Loads the result view, its own chunk: a page opens on a question, and many readers never
 * reach a result. Await it before rendering a state whose status is `cause`.
 */
export async function loadResultView(): Promise<void> {
  causeView ??= (await import("./cause-view.ts")).causeView;
}

/** The hand-off that brought the session into its current tree, in words, if any. */
function handoffNote<N>(h: Builder<N>, state: TriageState, actions: Actions): N | false {
  if (state.tree === state.startTree) return false;
  const step = [...state.steps]
    .reverse()
    .find((s) => s.to.kind === "tree" && s.to.id === state.tree);
  return h(
    "p",
    { class: "kb-handoff" },
    "Continuing in: ",
    h("strong", {}, actions.treeTitle(state.tree)),
    step
      ? ` — because you answered “${step.answerLabel}” to “${step.questionText.replace(/`/g, "")}”.`
      : "",
  );
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
    const errorId = `${headingId}-error`;
    const input = h("input", {
      id: inputId,
      type: "number",
      inputmode: "decimal",
      step: "any",
      min: "0",
      required: true,
      class: "kb-input",
    });
    answers = h(
      "form",
      {
        class: "kb-number",
        "aria-labelledby": headingId,
        // Checked here, with a message in the page, rather than by the browser's bubble.
        novalidate: true,
        onsubmit: (event) => {
          event.preventDefault();
          const form = event.currentTarget as HTMLFormElement;
          const field = form.querySelector("input");
          const error = form.querySelector<HTMLElement>(".kb-field-error");
          if (!field || !error) return;
          const value = field.value.trim() === "" ? Number.NaN : Number(field.value);
          const problem = Number.isNaN(value)
            ? `Enter a number${q.unit ? ` of ${q.unit}` : ""}.`
            : value < 0
              ? `Enter 0 or more: ${q.unit ? `a number of ${q.unit}` : "this value"} cannot be negative.`
              : "";
          error.textContent = problem;
          error.hidden = !problem;
          if (problem) {
            field.setAttribute("aria-invalid", "true");
            field.setAttribute("aria-describedby", errorId);
            field.focus();
            return;
          }
          actions.answer(q.id, value);
        },
      },
      h("label", { for: inputId }, q.unit ? `Value in ${q.unit}` : "Value"),
      input,
      h("button", { type: "submit", class: "kb-btn" }, "Continue"),
      h("p", { class: "kb-field-error", id: errorId, role: "alert", hidden: true }),
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
  const unsure = q.unsure
    ? h(
        "p",
        { class: "kb-unsure" },
        h(
          "button",
          {
            type: "button",
            class: "kb-btn kb-btn--ghost",
            "data-unsure": "",
            onclick: (event) => {
              if (q.unsure?.leads) return actions.answer(q.id, "unsure");
              // Nothing to ask instead: open what is still possible and go there.
              const list = (event.currentTarget as HTMLElement)
                .closest(".kb-question")
                ?.querySelector<HTMLDetailsElement>(".kb-candidates");
              if (!list) return;
              list.open = true;
              list.querySelector("summary")?.focus();
            },
          },
          q.unsure.label,
        ),
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
              h("a", { href: actions.link(c) }, ...richText(c.title)),
              c.likelihood === "common" ? h("span", { class: "kb-badge" }, "common") : false,
            ),
          ),
        ),
      )
    : false;
  return h(
    "div",
    { class: "kb-question" },
    h(
      "p",
      { class: "kb-step" },
      // "about": the count is the typical number of answers left, from the tree's shape.
      q.remaining > 0
        ? `Question ${q.position} of about ${q.position - 1 + q.remaining}`
        : `Question ${q.position}`,
    ),
    heading,
    help,
    answers,
    unsure,
    possible,
  );
}

function handoffView<N>(h: Builder<N>, state: TriageState, actions: Actions): N {
  return h(
    "div",
    { class: "kb-question" },
    h("p", { class: "kb-step" }, "Loading the next questions…"),
    h(
      "p",
      { class: "kb-focus-target", tabindex: "-1" },
      `Continuing in: ${actions.treeTitle(state.handoff?.tree ?? "")}`,
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
      ? (causeView?.(h, state, actions) ?? h("p", { class: "kb-step" }, "Loading the result…"))
      : state.status === "handoff"
        ? handoffView(h, state, actions)
        : questionView(h, state, actions);
  return h(
    "div",
    { class: "kb-triage__body" },
    trail(h, state, actions),
    handoffNote(h, state, actions),
    body,
    controls(h, state, actions),
  );
}

/** The sentence the live region announces for a state. */
export function announcement(state: TriageState): string {
  if (state.cause) return `Likely cause: ${state.cause.title}`;
  if (state.question) return `Question ${state.question.position}: ${state.question.text}`;
  return "Loading the next questions";
}
