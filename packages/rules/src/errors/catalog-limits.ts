/**
 * Problems of size: a tree, a text or a saved link bigger than anything real, refused with its
 * own id before it can slow down or break the build, the CLI or a reader's browser (issue #12).
 */
export const limitsCatalog = {
  "tree-too-large": {
    title: "The tree file is too large",
    why: "Every tree is read by the build, the CLI and readers' browsers; a file far larger than any real tree is a mistake or an attempt to slow them down.",
    fix: "Keep a tree under 256 KB: split a very large tree into trees that hand off to each other (`tree:`), or shorten long texts.",
  },
  "tree-text-too-long": {
    title: "A text of the tree is too long",
    why: "Questions, labels and titles are read in a small widget; a very long text does not fit it and usually means pasted content that belongs in the article.",
    fix: "Shorten the text to the limit the message gives; move details to the article section the cause links to.",
  },
  "tree-too-many-questions": {
    title: "The tree has too many questions",
    why: "A reader answers a handful of questions; hundreds make the tree impossible to review and slow to check.",
    fix: "Split the tree: hand off to a more specific tree with `tree:` where a branch becomes its own topic.",
  },
  "tree-too-many-options": {
    title: "A question has too many answers",
    why: "A reader has to scan every answer button; a long list is hard to use and to review.",
    fix: "Group answers, or ask a first question that narrows them down.",
  },
  "tree-too-many-items": {
    title: "The tree has too many causes or fix steps",
    why: "A list this long cannot be reviewed or read in the widget.",
    fix: "Split the tree with a hand-off, or merge similar causes; keep a fix to a few steps.",
  },
  "tree-too-many-examples": {
    title: "The tree has too many examples",
    why: "Every example is run on every check; hundreds add time without covering more.",
    fix: "Keep one or two examples per cause.",
  },
} as const satisfies Record<string, { title: string; why: string; fix: string }>;

/** Size problems a running session can meet (saved links), kept apart for the widget's bundle. */
export const runtimeLimitsCatalog = {
  "state-too-many-handoffs": {
    title: "The triage link passes through too many trees",
    why: "A link the widget writes passes through a few trees; one naming many would make the page load tree after tree.",
    fix: "The triage starts afresh on this page's tree. Ask whoever sent the link to copy it again.",
  },
} as const satisfies Record<string, { title: string; why: string; fix: string }>;
