/** HTML rendered by `<Memo>`, by key, for the life of the build (or the dev server's module). */
export const memoCache = new Map<string, string>();
