/** The repository behind the site: edit links, issue links and the contributor guide. */
export const repoUrl = "https://github.com/integration-kb/integration-kb";
