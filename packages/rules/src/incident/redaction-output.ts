/** What replaces a secret in everything the package returns. */
export const REDACTED = "[REDACTED]";

// Values cut that are long enough to be looked for elsewhere, and at most how many (each costs
// one scan of the paste).
const MIN_ECHO = 12;
const MAX_ECHOES = 32;

/** A text being redacted: its pieces so far and where reading has got to. */
export class Output {
  parts: string[] = [];
  at = 0;
  count = 0;
  /** Secret values cut, so that their echoes elsewhere in the paste go too (`redact`). */
  readonly seen = new Set<string>();
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  /** Keeps the text up to `from`, replaces `from`..`to` with {@link REDACTED}. */
  cut(from: number, to: number): void {
    if (to - from >= MIN_ECHO && this.seen.size < MAX_ECHOES)
      this.seen.add(this.text.slice(from, to));
    this.parts.push(this.text.slice(this.at, from), REDACTED);
    this.at = to;
    this.count++;
  }
  done(): string {
    this.parts.push(this.text.slice(this.at));
    return this.parts.join("");
  }
}
