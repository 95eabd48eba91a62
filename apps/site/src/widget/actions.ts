import type { Candidate, CauseView } from "@kb/rules/runtime";

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
  /** Where a cause or a candidate is explained, as a link that keeps the reader's place. */
  link(target: Candidate | CauseView): string;
  /** A tree's title, for saying where a hand-off went. */
  treeTitle(treeId: string): string;
  /** Copies a command from a result; the button says whether it worked. */
  copy(text: string, button: HTMLButtonElement): void;
}
