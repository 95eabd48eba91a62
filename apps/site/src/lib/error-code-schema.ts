// Shared with the `kb` CLI's checks, so it lives in @kb/rules.
export { errorCodeSchema, type ErrorCode } from "@kb/rules/schema";
