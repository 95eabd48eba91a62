import { getCollection } from "astro:content";
import type { ErrorCode } from "./error-code-schema.ts";

let cache: Promise<ErrorCode[]> | undefined;

/** Every error code of the reference, HTTP statuses first in numeric order, then network errors. */
export function getErrorCodes(): Promise<ErrorCode[]> {
  cache ??= getCollection("errors").then((entries) =>
    entries
      .map((e) => ({ ...e.data, id: e.id }))
      .sort((a, b) =>
        a.kind === b.kind
          ? a.id.localeCompare(b.id, "en", { numeric: true })
          : a.kind === "http"
            ? -1
            : 1,
      ),
  );
  return cache;
}
