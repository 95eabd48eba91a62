import { runtimeLimitsCatalog } from "./catalog-limits.ts";

/**
 * The problems a running session can meet, kept apart from the content checks' catalog so the
 * widget's bundle carries only these texts.
 */
export const runtimeCatalog = {
  "state-malformed": {
    title: "The triage link is damaged",
    why: "The part of the address after `triage=` is not one the widget wrote; it was cut short or edited.",
    fix: "The triage starts afresh. Ask whoever sent the link to copy it again in full.",
  },
  "state-unknown-tree": {
    title: "The triage link names a tree that does not exist",
    why: "The tree was renamed or removed since the link was made, or the link was edited.",
    fix: "The triage starts afresh on this page's tree.",
  },
  "state-stale": {
    title: "The triage link is from an older version of this tree",
    why: "The tree's questions changed since the link was made, and the saved answers no longer fit.",
    fix: "The triage starts afresh; answer the questions again.",
  },
  "answer-invalid": {
    title: "That answer does not fit the question",
    why: "The answer is not one of the question's options, or the number falls outside every range.",
    fix: "Pick one of the listed answers, or enter a number.",
  },
  "tree-broken": {
    title: "The tree leads nowhere",
    why: "The tree was not validated and an answer points at a question or cause that does not exist, or loops.",
    fix: "Run `pnpm kb check` and fix the problems it reports.",
  },
  ...runtimeLimitsCatalog,
} as const satisfies Record<string, { title: string; why: string; fix: string }>;

/** A problem id a running session can return. */
export type RuntimeProblemId = keyof typeof runtimeCatalog;
