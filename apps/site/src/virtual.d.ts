declare module "virtual:kb/trees" {
  import type { Tree } from "@kb/rules";
  /** Every validated tree, by id. */
  export const trees: Readonly<Record<string, Tree>>;
}
