import type { AstroIntegration } from "astro";
import { formatProblem } from "@kb/rules";
import { checkContentDir } from "@kb/content-gate";

/**
 * Runs the content gate (@kb/content-gate, the same rules as `kb check`) over content/ and the
 * trees before anything is loaded or compiled: a pull request that `kb check` refuses does not
 * build, with the same id and file:line:col. This matters because MDX runs as code at build
 * time, so the build must not rely on a workflow having run `kb check` first.
 */
export function kbContentGate(options: {
  contentDir: string;
  treesDir: string;
  root: string;
}): AstroIntegration {
  return {
    name: "kb-content-gate",
    hooks: {
      "astro:config:setup": async ({ addWatchFile }) => {
        const problems = await checkContentDir(options.contentDir, {
          root: options.root,
          treesDir: options.treesDir,
        });
        const errors = problems.filter((p) => p.severity === "error");
        if (errors.length > 0)
          throw new Error(
            `The content gate refused ${errors.length} problem(s); the site is not built from content kb check refuses.\n\n${errors.map(formatProblem).join("\n\n")}`,
          );
        addWatchFile(options.contentDir);
      },
    },
  };
}
