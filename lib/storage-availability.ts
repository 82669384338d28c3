// The library lives in the extension's IndexedDB. Firefox refuses IndexedDB to extensions when it
// is set to never remember history, and in some private-browsing set-ups: every read and write
// then fails. This tells that case apart from other failures, so that the user reads what to
// change instead of an error name.

export const STORAGE_UNAVAILABLE = {
  title: 'Science Clipper cannot open its library',
  detail:
    'This browser is not letting extensions keep data. Firefox does this when History is set to “Never remember history”, and in ' +
    'some private windows. Choose “Remember history” (Settings → Privacy & Security → History), then open Science Clipper again.',
};

/** The one-sentence form, for places with room for a single message (the widget, a failed request). */
export const STORAGE_UNAVAILABLE_MESSAGE = `${STORAGE_UNAVAILABLE.title}. ${STORAGE_UNAVAILABLE.detail}`;

/** A throwaway database: opening the library's own would create it before its schema does. */
const PROBE_DATABASE = 'science-clipper-storage-check';

/**
 * Whether an error (given with the errors it wraps, outermost first) means IndexedDB cannot be
 * used here at all: missing (Dexie's MissingAPIError), refused (SecurityError), or read-only —
 * Firefox's "A mutation operation was attempted on a database that did not allow mutations".
 */
export function isStorageUnavailable(chain: readonly Error[]): boolean {
  return chain.some(
    (e) =>
      e.name === 'MissingAPIError' ||
      e.name === 'SecurityError' ||
      (e.name === 'InvalidStateError' && /did not allow mutations/i.test(e.message)),
  );
}

/** Opens (and closes) a throwaway database; resolves to the message to show when that fails, else null. */
export async function storageProblem(indexedDb: () => IDBFactory | null | undefined = () => globalThis.indexedDB): Promise<string | null> {
  try {
    const factory = indexedDb();
    if (!factory) return STORAGE_UNAVAILABLE_MESSAGE;
    await new Promise<void>((resolve, reject) => {
      const request = factory.open(PROBE_DATABASE);
      request.onsuccess = () => {
        request.result.close();
        resolve();
      };
      request.onerror = () => reject(request.error ?? new Error('IndexedDB open failed'));
    });
    return null;
  } catch {
    return STORAGE_UNAVAILABLE_MESSAGE;
  }
}
