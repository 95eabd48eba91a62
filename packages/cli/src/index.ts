/** The checks behind `kb check`, for tools that want them without the command line. */
export { checkRepo, REQUIRED_SECTIONS } from "./checks/check-repo.ts";
export { findRepo, type Repo } from "./repo.ts";
