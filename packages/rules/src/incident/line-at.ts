/**
 * The line around `index`, trimmed to 200 characters: how evidence is quoted. On its own so the
 * page's signature matching does not pull in the paste reader (the widget reads in a worker).
 */
export function lineAt(text: string, index: number): string {
  const start = text.lastIndexOf("\n", index) + 1;
  const end = text.indexOf("\n", index);
  return text
    .slice(start, end === -1 ? undefined : end)
    .trim()
    .slice(0, 200);
}
