import { z } from "zod";
import { treeLimits } from "./tree-limits.ts";

/**
 * The names of facts that `parseIncident` can read off a pasted error. A question that declares
 * one of them as its `fact` is answered automatically when a session starts with that fact known.
 */
export const incidentFactNames = [
  "status",
  "networkError",
  /** The loopback host a network error targets, e.g. `localhost`: the machine itself. */
  "loopbackHost",
  /** The signing machine's clock against the server's: `clock-ahead` or `clock-behind`. */
  "clockSkew",
  "authError",
  "retryAfter",
  "rateLimitRemaining",
  "contentTypeProblem",
  "tlsError",
  "problemType",
  /** The strongest condition a matched error signature yields, e.g. `rate-limited`. */
  "condition",
  /** A provider's or protocol's error code as printed, e.g. `invalid_grant`. */
  "errorCode",
  /** A gRPC status as its canonical upper-case name, e.g. `UNAVAILABLE`. */
  "grpcStatus",
  /** The provider a signature recognised, as a lower-case id, e.g. `github`. */
  "provider",
] as const;

/** An incident fact name (see {@link incidentFactNames}). */
export type IncidentFactName = (typeof incidentFactNames)[number];

/** Names that would reach an object's prototype if used as a fact or key. */
const reservedIds = new Set(["__proto__", "constructor", "prototype"]);

/** Lower-case kebab-case identifier: used for tree, question, cause and answer ids. */
export const slugSchema = z
  .string()
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/, {
    message:
      "must be lower-case kebab-case, like `expired-token` (letters, digits and single hyphens)",
  })
  .max(60, { message: "must be at most 60 characters" })
  .refine((id) => !reservedIds.has(id), {
    message: "`constructor` and `prototype` are reserved names; pick another id",
  });

const textSchema = z.string().trim().min(1, { message: "must not be empty" });
/** Text of at most `max` characters (see `treeLimits`). */
const limited = (max: number) =>
  textSchema.max(max, { message: `must be at most ${max} characters` });
const list = (max: number, what: string) => ({ message: `has more than ${max} ${what}` });

/** Where an answer leads: exactly one of `next`, `cause` or `tree`. */
const targetFields = {
  /** The id of the question asked next. */
  next: slugSchema.optional().describe("The id of the question asked next."),
  /** The id of the cause this answer concludes with. */
  cause: slugSchema.optional().describe("The id of the cause this answer concludes with."),
  /** The id of another tree to continue in (a hand-off). */
  tree: slugSchema.optional().describe("The id of another tree to continue in (a hand-off)."),
};

const exactlyOneTarget = (value: { next?: string; cause?: string; tree?: string }) =>
  [value.next, value.cause, value.tree].filter((v) => v !== undefined).length === 1;
const targetMessage = {
  message:
    "needs exactly one of `next` (a question id), `cause` (a cause id) or `tree` (a tree id)",
};

/** A primitive value an incident fact can take, matched against `when`. */
const factValueSchema = z.union([z.string(), z.number(), z.boolean()]);

/** One answer to a multiple-choice question. */
export const choiceOptionSchema = z
  .object({
    /** Stable id of the answer: it appears in shared links, so do not rename it lightly. */
    value: slugSchema.describe("Stable id of the answer; it appears in shared links."),
    /** The text on the answer button. */
    label: limited(treeLimits.question).describe("The text on the answer button."),
    /** Incident fact values that select this answer automatically (needs `fact` on the question). */
    when: z
      .array(factValueSchema)
      .min(1)
      .optional()
      .describe("Incident fact values that select this answer automatically."),
    ...targetFields,
  })
  .strict()
  .refine(exactlyOneTarget, targetMessage);

/** Where a yes or a no leads. */
export const branchSchema = z
  .object({
    /** Optional label instead of plain "Yes"/"No". */
    label: limited(treeLimits.question)
      .optional()
      .describe('Optional label instead of plain "Yes" or "No".'),
    ...targetFields,
  })
  .strict()
  .refine(exactlyOneTarget, targetMessage);

/** A half-open interval [min, max) of a numeric answer and where it leads. */
export const rangeSchema = z
  .object({
    /** Lowest value included; omit for no lower bound. */
    min: z.number().finite().optional().describe("Lowest value included; omit for no lower bound."),
    /** First value excluded; omit for no upper bound. */
    max: z.number().finite().optional().describe("First value excluded; omit for no upper bound."),
    /** How the range reads to a person, e.g. "under 30 seconds". */
    label: limited(treeLimits.question).describe(
      'How the range reads to a person, e.g. "under 30 seconds".',
    ),
    ...targetFields,
  })
  .strict()
  .refine(exactlyOneTarget, targetMessage);

const questionBase = {
  /** Question id, unique in the tree. */
  id: slugSchema.describe("Question id, unique in the tree."),
  /** The question as the reader sees it. */
  text: limited(treeLimits.question).describe("The question as the reader sees it."),
  /** How to find the answer: where to look, what to run. */
  help: limited(treeLimits.body)
    .optional()
    .describe("How to find the answer: where to look, what to run."),
  /** Incident facts (one name or a list) that answer this question when a pasted error provides them. */
  fact: z
    .union([z.enum(incidentFactNames), z.array(z.enum(incidentFactNames)).min(1)])
    .optional()
    .describe("Incident facts that answer this question when a pasted error provides them."),
  /** Offers "I don't know": leads to the question `next`, or, without it, lists the causes still possible. */
  unsure: z
    .object({
      /** Button text instead of "I don't know". */
      label: limited(treeLimits.question)
        .optional()
        .describe('Button text instead of "I don\'t know".'),
      /** The question to ask instead; omit to show the causes still possible. */
      next: slugSchema
        .optional()
        .describe("The question to ask instead; omit to show the causes still possible."),
    })
    .strict()
    .optional()
    .describe(
      'Offers "I don\'t know": leads to the question `next`, or, without it, lists the causes still possible.',
    ),
};

/** A question with named answers. */
export const choiceQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("choice"),
    /** The possible answers, in the order shown. */
    options: z
      .array(choiceOptionSchema)
      .min(2, { message: "needs at least two options" })
      .max(treeLimits.options, list(treeLimits.options, "options")),
  })
  .strict();

/** A yes/no question. */
export const yesNoQuestionSchema = z
  .object({ ...questionBase, type: z.literal("yesno"), yes: branchSchema, no: branchSchema })
  .strict();

/** A question answered with a number, routed by ranges. */
export const numberQuestionSchema = z
  .object({
    ...questionBase,
    type: z.literal("number"),
    /** Unit shown beside the input, e.g. "seconds". */
    unit: z
      .string()
      .trim()
      .max(20)
      .optional()
      .describe('Unit shown beside the input, e.g. "seconds".'),
    /** Ranges that together cover every number, without overlap. */
    ranges: z
      .array(rangeSchema)
      .min(2, { message: "needs at least two ranges" })
      .max(treeLimits.options, list(treeLimits.options, "ranges")),
  })
  .strict();

/** One question of a tree. */
export const questionSchema = z.discriminatedUnion("type", [
  choiceQuestionSchema,
  yesNoQuestionSchema,
  numberQuestionSchema,
]);

/** A cause a tree can conclude with. */
export const causeSchema = z
  .object({
    /** Cause id, unique in the tree; also used as the anchor of the article section by default. */
    id: slugSchema.describe("Cause id, unique in the tree."),
    /** Short name of the cause, e.g. "The access token has expired". */
    title: limited(treeLimits.title).describe(
      'Short name of the cause, e.g. "The access token has expired".',
    ),
    /** Why this happens, in a sentence or two. */
    why: limited(treeLimits.body).describe("Why this happens, in a sentence or two."),
    /** How to confirm it: a command to run, a header or field to read. */
    confirm: limited(treeLimits.body).describe(
      "How to confirm it: a command to run, a header or field to read.",
    ),
    /** The fix, as ordered steps. */
    fix: z
      .array(limited(treeLimits.step))
      .min(1)
      .max(treeLimits.fixSteps, list(treeLimits.fixSteps, "steps"))
      .describe("The fix, as ordered steps."),
    /** How often this is the cause, which orders the list of remaining possibilities. */
    likelihood: z
      .enum(["common", "sometimes", "rare"])
      .default("sometimes")
      .describe("How often this is the cause; orders the list of remaining possibilities."),
    /** The article section that explains this cause, as `slug#anchor`. */
    section: z
      .string()
      .regex(/^[a-z0-9/-]+#[a-z0-9-]+$/, {
        message:
          "must be an article slug and a heading anchor, like `authentication-failures#expired-token`",
      })
      .describe("The article section that explains this cause, as `slug#anchor`."),
  })
  .strict();

/** An answer set and the cause (or hand-off) it must reach; run as a test. */
export const exampleSchema = z
  .object({
    /** What this example shows, for the test report. */
    name: limited(treeLimits.title).describe("What this example shows, for the test report."),
    /** Answers by question id: an option value, `yes`/`no`, or a number. */
    answers: z
      .record(slugSchema, z.union([z.string(), z.number()]))
      .describe("Answers by question id: an option value, `yes`/`no`, or a number."),
    /** The cause id this must reach. */
    cause: slugSchema.optional().describe("The cause id this must reach."),
    /** The tree id this must hand off to. */
    tree: slugSchema.optional().describe("The tree id this must hand off to."),
  })
  .strict()
  .refine((e) => (e.cause === undefined) !== (e.tree === undefined), {
    message: "needs exactly one of `cause` or `tree`",
  });

/** A symptom-to-cause decision tree, as contributors write it in `packages/rules/trees/<id>.yaml`. */
export const treeSchema = z
  .object({
    /** Tree id; must match the file name. */
    id: slugSchema.describe("Tree id; must match the file name."),
    /** Title shown above the widget. */
    title: limited(treeLimits.title).describe("Title shown above the widget."),
    /** The symptom the reader starts from, in their words. */
    symptom: limited(treeLimits.title).describe(
      "The symptom the reader starts from, in their words.",
    ),
    /** The article this tree belongs to (its slug). */
    article: z
      .string()
      .regex(/^[a-z0-9/-]+$/, { message: "must be an article slug like `rate-limiting`" })
      .describe("The article this tree belongs to (its slug)."),
    /** The id of the first question. */
    start: slugSchema.describe("The id of the first question."),
    /** The questions, in any order. */
    questions: z
      .array(questionSchema)
      .min(1)
      .max(treeLimits.questions, list(treeLimits.questions, "questions"))
      .describe("The questions, in any order."),
    /** The causes this tree can conclude with. */
    causes: z
      .array(causeSchema)
      .max(treeLimits.causes, list(treeLimits.causes, "causes"))
      .default([])
      .describe("The causes this tree can conclude with."),
    /** Answer sets with the cause each must reach, run as tests. */
    examples: z
      .array(exampleSchema)
      .min(1, { message: "needs at least one example: add an answer set and the cause it reaches" })
      .max(treeLimits.examples, list(treeLimits.examples, "examples"))
      .describe("Answer sets with the cause each must reach, run as tests."),
  })
  .strict();

/** A tree as written in YAML (before defaults). */
export type TreeInput = z.input<typeof treeSchema>;
/** A validated tree. */
export type Tree = z.output<typeof treeSchema>;
export type Question = Tree["questions"][number];
export type Cause = Tree["causes"][number];
export type TreeExample = Tree["examples"][number];
