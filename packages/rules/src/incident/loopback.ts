/**
 * Whether a failed connection targets this machine itself. A connection refused by a loopback
 * address is refused by the local stack: nothing listens on that port here (or, in a container,
 * in the container). No firewall or egress rule on the way to another network is involved.
 */

// `localhost` and `*.localhost` (RFC 6761 §6.3; not `localhost.example.com`), 127.0.0.0/8
// (RFC 6890), `::1` (RFC 4291 §2.5.3) as Node (`::1:3000`), URLs (`[::1]`) and Java
// (`0:0:0:0:0:0:0:1`) print it.
const LOOPBACK =
  /\blocalhost(?![\w-]|\.[a-z\d])|\b127\.\d{1,3}\.\d{1,3}\.\d{1,3}\b|\[::1\]|(?<![\w:])::1\b|\b0:0:0:0:0:0:0:1\b/i;
// Hosts a paste names: a URL's host (after any user info), an IPv4 address, urllib3's
// `host='…'`, curl's `connect to HOST port`, and `name.tld:port` (not a file path's `x.py:12`).
const HOSTS =
  /:\/\/(?:[^\s/?#@]{1,256}@)?(\[[\da-f:.]{2,45}\]|[\w.-]{1,253})|\b(\d{1,3}(?:\.\d{1,3}){3})\b|\bhost=['"]?([\w.-]{1,253})|\bconnect to ([\w.-]{1,253}) port\b|(?<![/\w.-])([a-z][\w-]{0,62}(?:\.[\w-]{1,63}){1,8}):\d{2,5}\b/gi;

/** Every pattern this file runs over pasted text, for the registry in paste-patterns.ts. */
export const loopbackPatterns = {
  "loopback.host": LOOPBACK,
  "loopback.hosts": HOSTS,
};

function hostsIn(text: string): string[] {
  return [...text.matchAll(HOSTS)]
    .map((m) => m[1] ?? m[2] ?? m[3] ?? m[4] ?? m[5] ?? "")
    .filter((h) => h !== "");
}

function isLoopback(host: string): boolean {
  const h = (host.startsWith("[") ? host.slice(1, -1) : host).toLowerCase();
  return (
    h === "localhost" ||
    h.endsWith(".localhost") ||
    (h.startsWith("127.") && h.split(".").length === 4) ||
    h === "::1" ||
    h === "0:0:0:0:0:0:0:1"
  );
}

/**
 * The loopback host a network error targets, with where it is: named on the error's own line,
 * or — when that line names no host at all — the only kind of host the paste names (a paste
 * that also names another host does not decide it).
 */
export function readLoopbackHost(
  text: string,
  errorAt: number,
): { value: string; index: number } | undefined {
  const start = text.lastIndexOf("\n", errorAt) + 1;
  const end = text.indexOf("\n", errorAt);
  const line = text.slice(start, end === -1 ? undefined : end);
  const onLine = LOOPBACK.exec(line);
  if (onLine) return { value: onLine[0].toLowerCase(), index: start + onLine.index };
  if (hostsIn(line).length > 0) return undefined;
  const hosts = hostsIn(text);
  if (hosts.length === 0 || !hosts.every(isLoopback)) return undefined;
  const first = LOOPBACK.exec(text);
  return first ? { value: first[0].toLowerCase(), index: first.index } : undefined;
}
