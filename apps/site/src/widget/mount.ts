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
import { stateParam, repoUrl } from "../lib/site.ts";
import { treeUrl } from "./links.ts";
import { mountPaste } from "./paste.ts";
import { announcement, render, type Actions } from "./render.ts";

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
 * Turns a `<kb-triage>` element into the interactive widget. The static outline stays in the
 * page (search indexes it, and it is what readers without JavaScript use), collapsed.
 */
export async function mount(root: HTMLElement): Promise<void> {
  if (root.dataset.mounted) return;
  root.dataset.mounted = "true";
  const data = root.querySelector("script[data-trees]")?.textContent ?? "[]";
  const triage = createTriage(JSON.parse(data) as Tree[]);
  const home = root.dataset.tree ?? "";
  // An error-code page starts with its code answered; a restart keeps it.
  const preset = parseFacts(root.dataset.facts);
  const title = root.dataset.title ?? home;
  const app = root.querySelector<HTMLElement>("[data-app]");
  const live = root.querySelector<HTMLElement>("[data-live]");
  const notice = root.querySelector<HTMLElement>("[data-notice]");
  const outline = root.querySelector<HTMLDetailsElement>("[data-outline]");
  if (!app || !live || !notice) return;
  let state: TriageState = await triage.start(home, preset);

  const show = (next: TriageState, focus: boolean) => {
    state = next;
    app.replaceChildren(render(state, actions));
    live.textContent = announcement(state);
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
  const restore = async (focus: boolean) => {
    const saved = new URL(location.href).searchParams.get(stateParam);
    if (!saved) return show(await triage.start(home, preset), focus);
    await ensureTrees(triage, treesInState(saved));
    const parsed = await parseState(triage, saved, home);
    notice.hidden = parsed.ok;
    notice.textContent = parsed.ok ? "" : `${parsed.error.message} ${parsed.error.hint}`;
    show(parsed.state, focus);
  };

  app.hidden = false;
  if (outline) outline.open = false;
  root.classList.add("kb-triage--live");
  const pasteHost = root.querySelector<HTMLElement>("[data-paste]");
  if (pasteHost) mountPaste(pasteHost, triage, (next) => void go(next));
  window.addEventListener("popstate", () => void restore(true));
  await restore(new URL(location.href).searchParams.has(stateParam));
  app.setAttribute("aria-busy", "false");
  root.querySelector("[data-loading]")?.remove();
}
