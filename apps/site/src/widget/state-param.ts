/** The query parameter that holds a triage state, so a link reopens the same point. */
export const stateParam = "triage";

/**
 * The page's address as it may leave the browser (a copied report, an issue link): only the
 * `triage` parameter is kept. Any other parameter or fragment can hold what a reader had in
 * the address bar, such as a token an OAuth redirect left there.
 */
export function shareableUrl(href: string): string {
  const url = new URL(href);
  const state = url.searchParams.get(stateParam);
  url.search = "";
  url.hash = "";
  if (state !== null) url.searchParams.set(stateParam, state);
  return url.href;
}
