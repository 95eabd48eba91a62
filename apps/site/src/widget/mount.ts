import {
  createTriage,
  formatReport,
  parseState,
  serializeState,
  treesInState,
  type IncidentFacts,
  type Tree,
  type Triage,
  type TriageState,
} from "@kb/rules/runtime";
import { repoUrl } from "../lib/site.ts";
import { domBuilder } from "./dom.ts";
import { treeUrl } from "./links.ts";
import { mountPaste } from "./paste.ts";
import { announcement, render, type Actions } from "./render.ts";
import { stateParam } from "./state-param.ts";

/**
 * Replays a click the reader made on the built first view before the code loaded: `index` is
 * the button's place among the widget's buttons. The live widget renders the same view (and
 * `adopt` carries typed values over), so the places match one to one.
 */
export function replay(root: HTMLElement, index: number): void {
  root.querySelectorAll("button")[index]?.click();
}

function parseFacts(json: string | undefined): IncidentFacts {
  if (!json) return {};
  try {
    return JSON.parse(json) as IncidentFacts;
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
  const triage = createTriage(JSON.parse(data) as Tree[]);
  const home = root.dataset.tree ?? "";
  // An error-code page starts with its code answered; a restart keeps it.
  const preset = parseFacts(root.dataset.facts);
  const title = root.dataset.title ?? home;
  const app = root.querySelector<HTMLElement>("[data-app]");
  const live = root.querySelector<HTMLElement>("[data-live]");
  const notice = root.querySelector<HTMLElement>("[data-notice]");
  if (!app || !live || !notice) return;
  let state: TriageState = await triage.start(home, preset);

  let built = app.firstElementChild !== null;
  const show = (next: TriageState, focus: boolean) => {
    state = next;
    const view = render(domBuilder, state, actions);
    // The built first view is already on screen: replacing it is not news to announce.
    if (built) adopt(app, view);
    else {
      app.replaceChildren(view);
      live.textContent = announcement(state);
    }
    built = false;
    if (focus) app.querySelector<HTMLElement>(".kb-focus-target")?.focus();
  };

  const save = (push: boolean) => {
    const url = new URL(location.href);
    if (state.startTree === home && state.steps.every((s) => s.source === "incident"))
      url.searchParams.delete(stateParam);
    else url.searchParams.set(stateParam, serializeState(triage, state));
    if (url.href !== location.href) history[push ? "pushState" : "replaceState"](null, "", url);
  };

  /** Shows a state reached by the reader: loads a hand-off's tree, saves it in the URL. */
  const go = async (next: TriageState) => {
    let current = next;
    if (current.status === "handoff" && current.handoff) {
      show(current, false);
      await ensureTrees(triage, [current.handoff.tree]);
      current = await triage.resume(current);
    }
    notice.hidden = !current.error;
    notice.textContent = current.error ? `${current.error.message} ${current.error.hint}` : "";
    show(current, true);
    save(true);
  };

  const actions: Actions = {
    answer: (q, v) => void triage.answer(state, q, v).then(go),
    back: () => void go(triage.back(state)),
    restart: () => void triage.start(home, preset).then(go),
    rewind(index) {
      let target = state;
      while (target.previous && target.steps.length > index) target = target.previous;
      void go(target);
    },
    copyReport(button) {
      const report = formatReport(state, { title, url: location.href });
      void navigator.clipboard?.writeText(report).then(
        () => (button.textContent = "Copied ✓"),
        () => (button.textContent = "Copy failed: select the text below"),
      );
    },
    issueUrl() {
      const report = formatReport(state, { title, url: location.href }).slice(0, 4000);
      const params = new URLSearchParams({
        title: `Triage: wrong or missing diagnosis in "${title}"`,
        body: `${report}\n\nWhat actually happened:\n`,
      });
      return `${repoUrl}/issues/new?${params.toString()}`;
    },
  };

  /** Restores the state in the URL; a damaged link starts afresh and says why. */
  const restore = async (focus: boolean, fresh?: TriageState) => {
    const saved = new URL(location.href).searchParams.get(stateParam);
    if (!saved) return show(fresh ?? (await triage.start(home, preset)), focus);
    await ensureTrees(triage, treesInState(saved));
    const parsed = await parseState(triage, saved, home);
    notice.hidden = parsed.ok;
    notice.textContent = parsed.ok ? "" : `${parsed.error.message} ${parsed.error.hint}`;
    show(parsed.state, focus);
  };

  const pasteHost = root.querySelector<HTMLElement>("[data-paste]");
  if (pasteHost) mountPaste(pasteHost, triage, (next) => void go(next));
  window.addEventListener("popstate", () => void restore(true));
  // The session started above is the page's first view: no second start on the way in.
  await restore(new URL(location.href).searchParams.has(stateParam), state);
  root.dataset.ready = "true";
}
