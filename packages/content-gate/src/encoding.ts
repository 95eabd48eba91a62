/** Where a file's bytes stop being plain UTF-8 text, and why; undefined when they are. */
export interface EncodingFault {
  message: string;
  line: number;
  column: number;
}

/** Length of the valid UTF-8 sequence at `i`, or 0 when the bytes there are not UTF-8. */
function sequenceLength(bytes: Uint8Array, i: number): number {
  const b = bytes[i] ?? 0;
  if (b < 0x80) return 1;
  const [n, min] =
    b >= 0xf0 && b <= 0xf4
      ? [4, 0x10000]
      : b >= 0xe0
        ? [3, 0x800]
        : b >= 0xc2 && b < 0xe0
          ? [2, 0x80]
          : [0, 0];
  if (n === 0 || i + n > bytes.length) return 0;
  let code = b & (0xff >> (n + 1));
  for (let k = 1; k < n; k++) {
    const c = bytes[i + k] ?? 0;
    if ((c & 0xc0) !== 0x80) return 0;
    code = (code << 6) | (c & 0x3f);
  }
  // Overlong forms, UTF-16 surrogates and code points past U+10FFFF are not UTF-8.
  if (code < min || (code >= 0xd800 && code <= 0xdfff) || code > 0x10ffff) return 0;
  return n;
}

/**
 * Decodes a file as strict UTF-8. Refuses a byte-order mark, invalid sequences, NUL and other
 * control characters (tab, LF and CR LF excepted), and the bidirectional overrides that make
 * text read differently from how it runs ("Trojan Source", CVE-2021-42574).
 */
export function decodeText(bytes: Uint8Array): { text: string } | { fault: EncodingFault } {
  let line = 1;
  let lineStart = 0;
  const fault = (i: number, message: string) => ({
    fault: { message, line, column: i - lineStart + 1 },
  });
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf)
    return fault(0, "The file starts with a byte-order mark (BOM).");
  for (let i = 0; i < bytes.length;) {
    const b = bytes[i] ?? 0;
    const n = sequenceLength(bytes, i);
    if (n === 0) return fault(i, `Byte 0x${b.toString(16).padStart(2, "0")} is not valid UTF-8.`);
    if (n === 1) {
      if (b === 0x0a) {
        line++;
        lineStart = i + 1;
      } else if (b === 0x0d && bytes[i + 1] !== 0x0a) {
        return fault(i, "A carriage return (CR) stands alone; end lines with LF or CR LF.");
      } else if ((b < 0x20 && b !== 0x09 && b !== 0x0d) || b === 0x7f) {
        return fault(
          i,
          `The control character U+${b.toString(16).toUpperCase().padStart(4, "0")} is not text.`,
        );
      }
    } else if (n === 3) {
      const code =
        ((b & 0x0f) << 12) | (((bytes[i + 1] ?? 0) & 0x3f) << 6) | ((bytes[i + 2] ?? 0) & 0x3f);
      if ((code >= 0x202a && code <= 0x202e) || (code >= 0x2066 && code <= 0x2069))
        return fault(
          i,
          `The bidirectional control U+${code.toString(16).toUpperCase()} can make text read differently from what it is.`,
        );
    }
    i += n;
  }
  return { text: new TextDecoder("utf-8", { fatal: true, ignoreBOM: true }).decode(bytes) };
}
