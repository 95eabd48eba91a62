// Categories are shared with the `kb` CLI's checks, so they live in @kb/rules.
export { categories, categoryIds, type CategoryId } from "@kb/rules/schema";
