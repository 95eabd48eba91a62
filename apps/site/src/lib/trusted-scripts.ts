/**
 * The only inline scripts a page may carry: Starlight's `<script is:inline>` blocks, each read
 * and reviewed, pinned here by the SHA-256 of its exact text. The Content-Security-Policy allows
 * these hashes and nothing else inline; every other script of the site is a file in `_astro/`
 * (astro.config.ts keeps Astro from inlining them). A hash is never taken from the built pages,
 * so a script that content manages to put into a page is not trusted with it.
 *
 * When a Starlight upgrade changes one of these scripts, the build stops
 * (`site-trusted-script-changed`, see trusted-script-sources.ts): read the new script, and pin
 * its new hash here only if it still does what `purpose` says.
 */
export interface TrustedScript {
  /** The component the script is in, relative to Starlight's `dist/` folder. */
  file: string;
  /** Which `<script is:inline>` of that file, counted from 0 in source order. */
  index: number;
  /** What the script does, as reviewed. */
  purpose: string;
  /** CSP hash source of the script's text, as the browser hashes it. */
  hash: string;
}

/** Reviewed for @astrojs/starlight 0.42.4. */
export const trustedScripts: readonly TrustedScript[] = [
  {
    file: "components/Search.astro",
    index: 0,
    purpose: "shows ⌘ instead of Ctrl in the search shortcut on Apple devices",
    hash: "'sha256-f/zAUE74ucc3JYp4r4QQvkJofoQdkOIhHYK+jeZ6eko='",
  },
  {
    file: "components/SidebarPersister.astro",
    index: 0,
    purpose: "restores which sidebar groups were open (sessionStorage), before the sidebar renders",
    hash: "'sha256-wX2yOADeV+NMngflD5uYi3vl50SHC4sfM1EmylVjlX4='",
  },
  {
    file: "components/SidebarPersister.astro",
    index: 1,
    purpose: "restores the sidebar's scroll position",
    hash: "'sha256-7eCV4jtsr4t4knb3c4FCRPeu7GGZeOUGE3XvWix0XOQ='",
  },
  {
    file: "components/ThemeProvider.astro",
    index: 0,
    purpose: "applies the stored light/dark theme before the page paints (localStorage)",
    hash: "'sha256-VWo5Wp4aqSj6nSgMpeAp9cKieaoIfwFUAunAVugI5gA='",
  },
  {
    file: "components/ThemeSelect.astro",
    index: 0,
    purpose: "sets the theme picker to the stored theme",
    hash: "'sha256-GkZBRnvSuhtx/cvzvukVkX2JJZW+DdPlVr7BX8Tefqo='",
  },
  {
    file: "user-components/Tabs.astro",
    index: 0,
    purpose: "restores the last chosen tab of synced <Tabs> (localStorage)",
    hash: "'sha256-OizSKqsU+f0G4vojbxNt0Lao3kUpTmCLQSv3y6P7qhQ='",
  },
];

/** The CSP hash sources of the trusted inline scripts, sorted. */
export const trustedScriptHashes: readonly string[] = [
  ...new Set(trustedScripts.map((s) => s.hash)),
].sort();
