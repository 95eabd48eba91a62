// The components an article in content/ may use: MDX compiles to code that runs at build
// time, so contributed MDX imports only from "@kb/components" (checked by `kb check`).
export { default as Causes } from "./Causes.astro";
