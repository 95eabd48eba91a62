import { runtimeProblem as problem, type Problem } from "../errors/problem.ts";
import { UNSURE } from "../tree/edges.ts";
import type { Triage } from "./triage.ts";
import type { TriageState } from "./types.ts";

/**
 * A saved state is `1.<tree>.<hash>.<answer>.<answer>…`: the format version, the start tree,
 * the tree's content hash, then each answer as its option value or number (`_` for the decimal
 * point), prefixed with `*` when a pasted error supplied it. `_<tree>` marks a hand-off, so a
 * reader of the string knows which trees to load before parsing it. Only characters that
 * URLSearchParams leaves alone are used, so links stay short and readable.
 */
const VERSION = "1";
/** Longest saved state read; a link the widget writes is far shorter. */
export const MAX_STATE_LENGTH = 4096;
/** Most hand-offs a saved state may pass through: each one loads a tree over the network. */
export const MAX_HANDOFFS = 8;
const MAX_LENGTH = MAX_STATE_LENGTH;
const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
const TOKEN =
  /^(?:\*?(?:[a-z0-9]+(?:-[a-z0-9]+)*|-?\d{1,15}(?:_\d{1,6})?)|_[a-z0-9]+(?:-[a-z0-9]+)*)$/;

/** Serialises a state to a short URL-safe string. */
export function serializeState(triage: Triage, state: TriageState): string {
  const hash = triage.compiled(state.startTree)?.hash ?? "0";
  let tree = state.startTree;
  const tokens = state.steps.flatMap((s) => {
    const raw = typeof s.answer === "number" ? String(s.answer).replace(".", "_") : s.answer;
    const token = s.source === "incident" ? `*${raw}` : raw;
    const marker = s.tree !== tree ? [`_${s.tree}`] : [];
    tree = s.tree;
    return [...marker, token];
  });
  if (state.tree !== tree) tokens.push(`_${state.tree}`);
  if (state.status === "handoff" && state.handoff) tokens.push(`_${state.handoff.tree}`);
  return [VERSION, state.startTree, hash, ...tokens].join(".");
}

/**
 * The saved state one answer further, when that answer to the current question hands off to
 * another tree: what a link to that tree's article carries, so its widget opens on the other
 * tree's questions. The format stays here, with {@link serializeState} and {@link parseState}.
 */
export function serializeStateThrough(
  triage: Triage,
  state: TriageState,
  answer: string,
  tree: string,
): string {
  return [serializeState(triage, state), answer, `_${tree}`].join(".");
}

/**
 * The trees a saved state passes through (its start tree, then its hand-offs in order), to load
 * before parsing it. Bounded before anything is fetched: nothing for a string longer than
 * {@link MAX_STATE_LENGTH}, with more than {@link MAX_HANDOFFS} hand-offs, or naming a tree
 * id that is not a slug (so `../`, `//host` or `%2F` never reach a URL).
 */
export function treesInState(text: string): string[] {
  if (typeof text !== "string" || text.length > MAX_LENGTH) return [];
  const [, start, , ...tokens] = text.split(".");
  const handoffs = tokens.filter((t) => t.startsWith("_")).map((t) => t.slice(1));
  if (handoffs.length > MAX_HANDOFFS) return [];
  const ids = [start ?? "", ...handoffs];
  if (!ids.every((id) => id.length <= 60 && SLUG.test(id))) return [];
  return [...new Set(ids)];
}

/** The outcome of {@link parseState}: never an exception. */
export type ParsedState =
  { ok: true; state: TriageState } | { ok: false; error: Problem; state: TriageState };

/**
 * Restores a state saved by {@link serializeState} by replaying its answers on the engine.
 * A damaged, unknown or outdated string gives `ok: false`, a typed problem, and a fresh
 * session on `fallbackTree` (or on the string's tree when that exists).
 */
export async function parseState(
  triage: Triage,
  text: unknown,
  fallbackTree: string,
): Promise<ParsedState> {
  const fresh = async (treeId: string, error: Problem): Promise<ParsedState> => ({
    ok: false,
    error,
    state: await triage.start(treeId),
  });
  if (typeof text !== "string" || text.length === 0 || text.length > MAX_LENGTH) {
    return fresh(
      fallbackTree,
      problem("state-malformed", "The saved triage state is empty or too long."),
    );
  }
  const [version, treeId, hash, ...tokens] = text.split(".");
  if (tokens.filter((t) => t.startsWith("_")).length > MAX_HANDOFFS) {
    return fresh(
      fallbackTree,
      problem(
        "state-too-many-handoffs",
        `The saved triage state passes through more than ${MAX_HANDOFFS} trees.`,
      ),
    );
  }
  if (version !== VERSION || !treeId || !hash || !tokens.every((t) => TOKEN.test(t))) {
    return fresh(
      fallbackTree,
      problem("state-malformed", "The saved triage state is not in a format this site writes."),
    );
  }
  const tree = triage.compiled(treeId);
  if (!tree) {
    return fresh(
      fallbackTree,
      problem(
        "state-unknown-tree",
        `The saved state names the tree "${treeId.slice(0, 60)}", which does not exist.`,
      ),
    );
  }
  let state = await triage.start(treeId);
  for (const token of tokens) {
    if (token.startsWith("_")) {
      const target = token.slice(1);
      state = await triage.resume(state);
      if (state.tree !== target) {
        const id = hash === tree.hash ? "state-malformed" : "state-stale";
        return fresh(
          treeId,
          problem(
            id,
            `The link expects a hand-off to "${target.slice(0, 60)}" at step ${state.steps.length + 1}, which did not happen or whose tree is not loaded.`,
          ),
        );
      }
      continue;
    }
    const fromIncident = token.startsWith("*");
    const raw = fromIncident ? token.slice(1) : token;
    const question = state.question;
    const value =
      question?.type === "number" && raw !== UNSURE ? Number(raw.replace("_", ".")) : raw;
    const next =
      state.status === "question" && question
        ? await triage.answer(state, question.id, value)
        : undefined;
    if (!next || next.error) {
      const id = hash === tree.hash ? "state-malformed" : "state-stale";
      const why =
        id === "state-stale"
          ? "The tree changed since this link was made"
          : "An answer in the link does not fit";
      return fresh(
        treeId,
        problem(
          id,
          `${why}: "${raw.slice(0, 40)}" is not an answer at step ${state.steps.length + 1}.`,
        ),
      );
    }
    const last = next.steps[next.steps.length - 1];
    if (fromIncident && last) {
      // An answer the pasted error gave belongs to the same back() step as the one before it.
      const { previous: _replaced, ...rest } = next;
      const marked = { ...last, source: "incident" as const };
      state = {
        ...rest,
        steps: [...next.steps.slice(0, -1), marked],
        ...(state.previous ? { previous: state.previous } : {}),
      };
    } else {
      state = next;
    }
  }
  return { ok: true, state };
}
