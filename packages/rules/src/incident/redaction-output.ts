/** What replaces a secret in everything the package returns. */
export const REDACTED = "[REDACTED]";

/** A text being redacted: its pieces so far and where reading has got to. */
export class Output {
  parts: string[] = [];
  at = 0;
  count = 0;
  readonly text: string;
  constructor(text: string) {
    this.text = text;
  }
  /** Keeps the text up to `from`, replaces `from`..`to` with {@link REDACTED}. */
  cut(from: number, to: number): void {
    this.parts.push(this.text.slice(this.at, from), REDACTED);
    this.at = to;
    this.count++;
  }
  done(): string {
    this.parts.push(this.text.slice(this.at));
    return this.parts.join("");
  }
}
