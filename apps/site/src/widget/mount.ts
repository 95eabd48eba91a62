import {
  createTriage,
  formatReport,
  parseState,
  serializeState,
  type IncidentFacts,
  type Tree,
  type Triage,
  type TriageState,
  type TreeSummary,
} from "@kb/rules/runtime";
import { repoUrl } from "../lib/site.ts";
import { copyCommand } from "./copy.ts";
import { domBuilder } from "./dom.ts";
import { stateLink, treeUrl } from "./links.ts";
import { mountPaste } from "./paste.ts";
import { announcement, loadResultView, render, type Actions } from "./render.ts";
import { loadLinkedTrees } from "./known-trees.ts";
import { shareableUrl, stateParam } from "./state-param.ts";
import type { TreeMap } from "./tree-map.ts";

/**
 * Replays a click the reader made on the built first view before the code loaded: `index` is
 * the button's place among the widget's buttons. The live widget renders the same view (and
 * `adopt` carries typed values over), so the places match one to one.
 */
export function replay(root: HTMLElement, index: number): void {
  root.querySelectorAll("button")[index]?.click();
}

function parseJson<T extends object>(json: string | undefined | null): Partial<T> {
  if (!json) return {};
  try {
    return JSON.parse(json) as T;
  } catch {
    return {};
  }
}

async function fetchTree(id: string): Promise<Tree | undefined> {
  try {
    const response = await fetch(treeUrl(id));
    return response.ok ? ((await response.json()) as Tree) : undefined;
  } catch {
    return undefined;
  }
}

/** Loads trees the session does not have yet (hand-off targets, a shared link's trees). */
async function ensureTrees(triage: Triage, ids: string[]): Promise<void> {
  const missing = ids.filter((id) => !triage.has(id));
  const loaded = await Promise.all(missing.map(fetchTree));
  for (const tree of loaded) if (tree) triage.add(tree);
}

/**
 * Replaces the page's built copy of the first view with a live one, keeping what the reader
 * already did to it: focus, opened disclosures, typed values. Both are rendered from the same
 * state by the same view code, so their elements match one to one.
 */
function adopt(app: HTMLElement, live: HTMLElement): void {
  const before = [...app.querySelectorAll("*")];
  const after = [live, ...live.querySelectorAll("*")];
  const same =
    before.length === after.length && before.every((el, i) => el.tagName === after[i]?.tagName);
  if (!same) return app.replaceChildren(live);
  const focused = document.activeElement ? before.indexOf(document.activeElement) : -1;
  before.forEach((el, i) => {
    const twin = after[i];
    if (el instanceof HTMLDetailsElement && twin instanceof HTMLDetailsElement) twin.open = el.open;
    if (el instanceof HTMLInputElement && twin instanceof HTMLInputElement) twin.value = el.value;
  });
  app.replaceChildren(live);
  if (focused >= 0) (app.querySelectorAll("*")[focused] as HTMLElement | undefined)?.focus();
}

/**
 * Waits for a press on the built view to end (Triage.astro marks it): its click must land on
 * the button pressed, which the bootstrap holds and replays on the live view.
 */
function pressEnded(root: HTMLElement): Promise<void> {
  if (!("pressed" in root.dataset)) return Promise.resolve();
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      if ("pressed" in root.dataset) return;
      observer.disconnect();
      resolve();
    });
    observer.observe(root, { attributeFilter: ["data-pressed"] });
  });
}

const mounted = new WeakMap<HTMLElement, Promise<void>>();

/**
 * Turns a `<kb-triage>` element into the live widget, once: every call for the same element
 * returns the same promise, settled when the widget is ready.
 */
export function mount(root: HTMLElement): Promise<void> {
  let done = mounted.get(root);
  if (!done) {
    done = start(root);
    mounted.set(root, done);
  }
  return done;
}

/**
 * Turns a `<kb-triage>` element into the interactive widget. The page already shows the first
 * question (built with the site) and the whole tree as an outline (what search indexes and
 * readers without JavaScript use); this takes over from the first question.
 */
async function start(root: HTMLElement): Promise<void> {
  const data = root.querySelector("script[data-trees]")?.textContent ?? "[]";
  // Titles and articles of hand-off targets; the tree map adds those of trees it loads.
  const known = parseJson<Record<string, TreeSummary>>(
    root.querySelector("script[data-known]")?.textContent,
  ) as Record<string, TreeSummary>;
  const triage = createTriage(JSON.parse(data) as Tree[], { known });
  const home = root.dataset.tree ?? "";
  // An error-code page starts with its code answered; a restart keeps it.
  const preset = parseJson<IncidentFacts>(root.dataset.facts) as IncidentFacts;
  const title = root.dataset.title ?? home;
  const app = root.querySelector<HTMLElement>("[data-app]");
  const live = root.querySelector<HTMLElement>("[data-live]");
  const notice = root.querySelector<HTMLElement>("[data-notice]");
  if (!app || !live || !notice) return;
  let state: TriageState = await triage.start(home, preset);
  // The page's own starting point needs no `?triage=` in the address.
  const initial = serializeState(triage, state);
  // The diagram and outline code loads when it has work: a hand-off to another tree, or a
  // reader opening the diagram (whose boxes then mark the path and lead back).
  let map: Promise<TreeMap> | undefined;
  const loadMap = () =>
    (map ??= import("./tree-map.ts").then((m) =>
      m.treeMap(root, home, triage, known, {
        rewind: (index) => actions.rewind(index),
        focusCurrent: () => app.querySelector<HTMLElement>(".kb-focus-target")?.focus(),
      }),
    ));
  root.addEventListener(
    "toggle",
    (event) => {
      const target = event.target as HTMLDetailsElement;
      if (!target.matches(".kb-diagram") || !target.open) return;
      void loadMap().then(async (m) => {
        await m.update(state);
        m.center();
      });
    },
    true,
  );

  let built = app.firstElementChild !== null;
  const show = (next: TriageState, focus: boolean) => {
    state = next;
    if (map || (state.tree !== home && state.status !== "handoff"))
      void loadMap().then((m) => m.update(next));
    const view = render(domBuilder, state, actions);
    // The built first view is already on screen: replacing it is not news to announce.
    if (built) adopt(app, view);
    else {
      app.replaceChildren(view);
      live.textContent = announcement(state);
    }
    built = false;
    if (focus) app.querySelector<HTMLElement>(".kb-focus-target")?.focus({ preventScroll: true });
  };

  /** Saves the state in the address: a new history entry (`push`) or in place of this one. */
  const save = (push: boolean) => {
    const url = new URL(location.href);
    const saved = serializeState(triage, state);
    // Only the page's own first view goes without: a paste that answered everything is kept.
    if (saved === initial) url.searchParams.delete(stateParam);
    else url.searchParams.set(stateParam, saved);
    if (url.href !== location.href) history[push ? "pushState" : "replaceState"](null, "", url);
  };

  /** Shows a state reached by the reader: loads a hand-off's tree, saves it in the URL. */
  const go = async (next: TriageState, push = true) => {
    let current = next;
    if (current.status === "handoff" && current.handoff) {
      show(current, false);
      await ensureTrees(triage, [current.handoff.tree]);
      current = await triage.resume(current);
    }
    notice.hidden = !current.error;
    notice.textContent = current.error ? `${current.error.message} ${current.error.hint}` : "";
    if (current.status === "cause") await loadResultView();
    // The URL first: the view's issue link is built from it and must carry this state.
    state = current;
    save(push);
    show(current, true);
  };

  const actions: Actions = {
    answer: (q, v) => void triage.answer(state, q, v).then(go),
    // Back moves within this history entry: the browser's Back is for pages and answers.
    back: () => void go(triage.back(state), false),
    restart: () => void triage.start(home, preset).then(go),
    rewind(index) {
      let target = state;
      while (target.previous && target.steps.length > index) target = target.previous;
      void go(target);
    },
    copyReport(button) {
      const report = formatReport(state, { title, url: shareableUrl(location.href) });
      void navigator.clipboard?.writeText(report).then(
        () => (button.textContent = "Copied ✓"),
        () => (button.textContent = "Copy failed: select the text below"),
      );
    },
    issueUrl() {
      const report = formatReport(state, { title, url: shareableUrl(location.href) }).slice(
        0,
        4000,
      );
      const params = new URLSearchParams({
        title: `Triage: wrong or missing diagnosis in "${title}"`,
        body: `${report}\n\nWhat actually happened:\n`,
      });
      return `${repoUrl}/issues/new?${params.toString()}`;
    },
    link: (target) => stateLink(target, triage, state),
    treeTitle: (id) => triage.compiled(id)?.tree.title ?? known[id]?.title ?? id,
    copy: copyCommand,
  };

  /** Restores the state in the URL; a damaged link starts afresh and says why. */
  const restore = async (focus: boolean, fresh?: TriageState) => {
    const saved = new URL(location.href).searchParams.get(stateParam);
    if (!saved) return show(fresh ?? (await triage.start(home, preset)), focus);
    const from = (root.dataset.from ?? "").split(" ").filter(Boolean);
    await loadLinkedTrees(triage, saved, home, fetchTree, from);
    const parsed = await parseState(triage, saved, home);
    notice.hidden = parsed.ok;
    notice.textContent = parsed.ok ? "" : `${parsed.error.message} ${parsed.error.hint}`;
    if (parsed.state.status === "cause") await loadResultView();
    show(parsed.state, focus);
  };
  /** Ends a shared link's wait: the saved state is laid out, so showing it moves nothing. */
  const reveal = () =>
    requestAnimationFrame(() =>
      requestAnimationFrame(() => {
        root.classList.remove("kb-pending");
        document.documentElement.classList.remove("kb-pending");
      }),
    );

  // Links to the articles of other trees (outline, diagram) keep the place too, made when
  // followed, from the state at that moment.
  root.addEventListener("click", (event) => {
    const link = (event.target as Element).closest("a[data-handoff]");
    const id = link?.getAttribute("data-handoff") ?? "";
    const article = known[id]?.article;
    if (!link || !article) return;
    const target = { kind: "tree", tree: id, id, title: "", likelihood: "sometimes" } as const;
    link.setAttribute("href", stateLink({ ...target, section: article }, triage, state));
  });

  const pasteHost = root.querySelector<HTMLElement>("[data-paste]");
  if (pasteHost) mountPaste(pasteHost, triage, (next) => void go(next));
  window.addEventListener("popstate", () => {
    // A jump to an anchor of this page (a "Read the full explanation" link) keeps the state.
    const saved = new URL(location.href).searchParams.get(stateParam) ?? initial;
    if (saved !== serializeState(triage, state)) void restore(true);
  });
  await pressEnded(root);
  // The session started above is the page's first view: no second start on the way in.
  await restore(new URL(location.href).searchParams.has(stateParam), state);
  reveal();
  root.dataset.ready = "true";
}
