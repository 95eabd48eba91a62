/**
 * How big a tree may be. A tree is contributed by anyone and read by the site build, the CLI
 * and every reader's browser, so each size is bounded well above what real trees use (the
 * largest in 2026: 23 KB, 9 questions, 15 options, 20 examples, 625-character texts).
 */
export const treeLimits = {
  /** Bytes of a tree file. */
  fileBytes: 256 * 1024,
  /** Characters of a title, a symptom, a cause title or an example name. */
  title: 200,
  /** Characters of a question's text or an answer's label. */
  question: 500,
  /** Characters of help, a cause's `why` and `confirm`. */
  body: 4000,
  /** Characters of one fix step. */
  step: 1000,
  questions: 500,
  /** Options of a choice question, or ranges of a number question. */
  options: 30,
  causes: 200,
  /** Steps of a cause's fix. */
  fixSteps: 20,
  examples: 500,
} as const;
