/**
 * Module aliases a bundler applies when building `@kb/rules/runtime` for the browser: the
 * engine's dependencies the widget never exercises are swapped for small stand-ins (see
 * `src/shims/`). Used by the site's Vite config and the bundle-size benchmark.
 */
export const browserAliases: Record<string, string> = {
  "jsonpath-plus": "@kb/rules/shims/jsonpath-plus",
  eventemitter2: "@kb/rules/shims/eventemitter2",
};
