export { default as Causes } from "./Empty.astro";
