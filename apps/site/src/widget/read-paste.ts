import type { Incident, Needles, ParsedPaste } from "@kb/rules/match";

/** The most a paste is read (MAX_INCIDENT_CHARS); one more character tells it was cut. */
const MAX_PASTE = 256 * 1024;

let worker: Worker | undefined;
let failed = false;
let nextId = 0;

/** Reads the paste on the main thread: only when no worker can start (an old browser). */
async function inPage(text: string): Promise<ParsedPaste> {
  const { parseIncident } = await import("@kb/rules/incident");
  return parseIncident(text);
}

function inWorker(text: string, needles: Needles): Promise<ParsedPaste> {
  worker ??= new Worker(new URL("./paste-worker.ts", import.meta.url), { type: "module" });
  const w = worker;
  const id = ++nextId;
  return new Promise((resolve, reject) => {
    const done = () => {
      w.removeEventListener("message", onMessage);
      w.removeEventListener("error", onError);
    };
    const onMessage = (event: MessageEvent<{ id: number; parsed: ParsedPaste }>) => {
      if (event.data.id !== id) return;
      done();
      resolve(event.data.parsed);
    };
    const onError = (event: Event) => {
      done();
      const message = event instanceof ErrorEvent ? event.message : "";
      reject(new Error(`The paste reader could not start. ${message}`));
    };
    w.addEventListener("message", onMessage);
    w.addEventListener("error", onError);
    w.postMessage({ id, text, needles });
  });
}

async function parse(text: string, needles: Needles): Promise<ParsedPaste> {
  if (!failed && typeof Worker === "function") {
    try {
      return await inWorker(text, needles);
    } catch {
      failed = true;
      worker?.terminate();
      worker = undefined;
    }
  }
  return inPage(text);
}

/**
 * Reads a paste with `parseIncident` in a Web Worker, so the page stays responsive whatever
 * the paste holds (only the first 256 KB, and one character to report the cut, leave the
 * page), then matches the error signatures on the page with `matchIncident`: json-rules-engine
 * is already in the widget's main chunk for tree sessions. The worker also searches the paste
 * for the signatures' phrases and names (the costly part), which the page sends it; what it
 * sends back is plain data (the redacted text, the facts and what the rules test).
 */
export async function readPaste(value: string): Promise<Incident> {
  const { matchIncident, prepareSignatures, signatureNeedles } = await import("@kb/rules/match");
  const reading = parse(value.slice(0, MAX_PASTE + 1), signatureNeedles());
  // The engine is built in a task of its own while the worker reads, not in the same long task
  // as the match: the page stays responsive on a first paste (hundreds of rules to add).
  await new Promise((resolve) => setTimeout(resolve, 0));
  prepareSignatures();
  return matchIncident(await reading);
}
