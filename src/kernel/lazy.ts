/**
 * A heavy module loaded the first time it is needed, then kept: `const loadExcel = onFirstUse(() =>
 * import('exceljs'))`. What most runs never use (exceljs, an image renderer, a platform's SDK)
 * stays out of the bot's memory until a message asks for it. A failed load is tried again next time.
 */
export function onFirstUse<T>(load: () => Promise<T>): () => Promise<T> {
  let loading: Promise<T> | undefined;
  return () =>
    (loading ??= load().catch((err: unknown) => {
      loading = undefined;
      throw err;
    }));
}
