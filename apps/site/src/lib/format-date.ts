const formatters = new Map<string, Intl.DateTimeFormat>();

/** A date as Starlight shows it ("Nov 25, 2026" in English), with a formatter made once per language. */
export function formatDate(date: Date, lang: string): string {
  let format = formatters.get(lang);
  if (!format) {
    format = new Intl.DateTimeFormat(lang, { dateStyle: "medium", timeZone: "UTC" });
    formatters.set(lang, format);
  }
  return format.format(date);
}
