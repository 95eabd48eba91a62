/**
 * Whether a paste shows the signing machine's clock off from the server's. A signed request is
 * refused for its time either because the signer's clock is wrong or because the request was
 * signed long before it was sent; the paste tells them apart when it shows two times:
 *
 * - the request's timestamp and the server's time, as the refusal prints them (Pusher's
 *   `Given timestamp (…) not within 600s of server time (…)`, S3's `<RequestTime>` and
 *   `<ServerTime>` in RequestTimeTooSkewed). A request time AHEAD of the server's cannot come
 *   from a late send: the signer's clock runs fast. One behind decides nothing (a slow clock or a
 *   late send), so it yields no fact;
 * - the machine's own clock read with `date` (`Mon Nov 30 01:28:51 UTC 2026`, as GNU and BSD
 *   `date -u` print it) beside a server's `Date` response header (RFC 9110 §6.6.1): what the
 *   signed-requests tree asks the reader to compare. Either direction is a wrong clock.
 *
 * Differences under {@link MIN_SKEW_SECONDS} are the seconds between two commands, not skew.
 */

/** Smallest difference, in seconds, reported as a clock off. */
export const MIN_SKEW_SECONDS = 60;

// Pusher: `Given timestamp (2026-11-30T01:31:18Z) not within 600s of server time (2026-…Z)`.
const TIMESTAMP_VS_SERVER =
  /timestamp \(([\dT:.+Z -]{10,35})\) not within \d{1,6} ?s(?:econds)? of server time \(([\dT:.+Z -]{10,35})\)/i;
// S3's RequestTimeTooSkewed body (https://docs.aws.amazon.com/AmazonS3/latest/API/ErrorResponses.html).
const REQUEST_TIME = /<RequestTime>([\dTZ:.-]{15,30})<\/RequestTime>/;
const SERVER_TIME = /<ServerTime>([\dTZ:.-]{15,30})<\/ServerTime>/;
// `date` and `date -u` output on a line of its own: `Mon Nov 30 01:28:51 UTC 2026`.
const DATE_OUTPUT =
  /^[ \t]*((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) [ \d]\d \d\d:\d\d:\d\d (?:UTC|GMT) \d{4})[ \t]*$/m;
// A response's `Date` header (IMF-fixdate), as curl -i/-I, -v (`< date:`) and dumps print it.
const DATE_HEADER =
  /^[ \t]*(?:<[ \t]*)?date[ \t]*:[ \t]*((?:Mon|Tue|Wed|Thu|Fri|Sat|Sun), \d\d (?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec) \d{4} \d\d:\d\d:\d\d GMT)[ \t]*$/im;

/** Every pattern this file runs over pasted text, for the registry in paste-patterns.ts. */
export const clockSkewPatterns = {
  "clock-skew.timestamp-vs-server": TIMESTAMP_VS_SERVER,
  "clock-skew.request-time": REQUEST_TIME,
  "clock-skew.server-time": SERVER_TIME,
  "clock-skew.date-output": DATE_OUTPUT,
  "clock-skew.date-header": DATE_HEADER,
};

/** Milliseconds since the epoch of an ISO 8601 time, basic (`20240312T101500Z`) or extended. */
function parseTime(value: string): number {
  const basic = value.trim();
  if (basic.length === 16 && basic[8] === "T" && basic.endsWith("Z") && !basic.includes("-")) {
    const iso = `${basic.slice(0, 4)}-${basic.slice(4, 6)}-${basic.slice(6, 8)}T${basic.slice(9, 11)}:${basic.slice(11, 13)}:${basic.slice(13, 15)}Z`;
    return Date.parse(iso);
  }
  return Date.parse(basic);
}

/** Seconds `local` is ahead of `server` (negative when behind), or undefined when unreadable. */
function secondsAhead(local: string, server: string): number | undefined {
  const a = parseTime(local);
  const b = parseTime(server);
  return Number.isNaN(a) || Number.isNaN(b) ? undefined : (a - b) / 1000;
}

/**
 * `clock-ahead` or `clock-behind` (the signing machine's clock against the server's), with
 * where the paste shows it; undefined when the paste does not decide it.
 */
export function readClockSkew(text: string): { value: string; index: number } | undefined {
  const message = TIMESTAMP_VS_SERVER.exec(text);
  const request = REQUEST_TIME.exec(text);
  const server = request ? SERVER_TIME.exec(text) : null;
  const pair = message
    ? { local: message[1] ?? "", server: message[2] ?? "", index: message.index }
    : request && server
      ? { local: request[1] ?? "", server: server[1] ?? "", index: request.index }
      : undefined;
  if (pair) {
    const ahead = secondsAhead(pair.local, pair.server);
    // Only ahead decides: a request time behind the server's may be a late send.
    return ahead !== undefined && ahead >= MIN_SKEW_SECONDS
      ? { value: "clock-ahead", index: pair.index }
      : undefined;
  }
  const clock = DATE_OUTPUT.exec(text);
  const header = clock ? DATE_HEADER.exec(text) : null;
  if (!clock || !header) return undefined;
  const ahead = secondsAhead(clock[1] ?? "", header[1] ?? "");
  if (ahead === undefined || Math.abs(ahead) < MIN_SKEW_SECONDS) return undefined;
  return { value: ahead > 0 ? "clock-ahead" : "clock-behind", index: clock.index };
}
