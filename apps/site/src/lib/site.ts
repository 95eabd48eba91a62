/** The repository behind the site: edit links, issue links and the contributor guide. */
export const repoUrl = "https://github.com/integration-kb/integration-kb";

/** The query parameter that holds a triage state, so a link reopens the same point. */
export const stateParam = "triage";
