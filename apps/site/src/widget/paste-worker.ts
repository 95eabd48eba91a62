/**
 * Reads a paste off the main thread, so even a 256 KB paste built to be slow never blocks the
 * page (issue #12). Receives the text and the phrases and names the error signatures search
 * for, answers with what `parseIncident` returns: plain data (redacted text, facts, and what
 * the signature rules test, which of those phrases and names included), matched on the page.
 */
import { parseIncident, type Needles } from "@kb/rules/incident";

addEventListener(
  "message",
  (event: MessageEvent<{ id: number; text: string; needles: Needles }>) => {
    const { id, text, needles } = event.data;
    postMessage({ id, parsed: parseIncident(text, needles) });
  },
);
