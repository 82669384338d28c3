import { runTask } from '../background-call';
import { DB_NAME, DB_VERSION } from './schema';

// Extension pages (and the export worker they start) never upgrade the library: an upgrade
// blocks every other connection while it runs, and it ran wherever the database was first opened
// (a 10,000-item upgrade held the first popup for 3.4 s with no sign of why). A page first looks
// at the version the database is at; when it is not this build's, it asks the background to open
// it (and so to upgrade it), and tells the user meanwhile. The common case costs one call to
// indexedDB.databases(), a few milliseconds.

export type LibraryStatus = 'checking' | 'upgrading' | 'ready' | 'failed';

export interface LibraryGate {
  /**
   * One attempt to have the library at this build's version, asking the background to upgrade
   * it if need be; rejects when that failed (the status then says why). An attempt under way is shared.
   */
  check(): Promise<void>;
  /** Resolves once an attempt succeeded, however many failed before (the user retries them); never rejects. */
  whenReady(): Promise<void>;
  status(): LibraryStatus;
  /** Why opening the library failed, in words for the user, while the status is 'failed'. */
  failure(): string | null;
  subscribe(listener: () => void): () => void;
}

/** The version the database is at, undefined when it does not exist, or null when the browser cannot say. */
async function storedVersion(name: string): Promise<number | null | undefined> {
  if (typeof indexedDB.databases !== 'function') return null;
  return (await indexedDB.databases()).find((database) => database.name === name)?.version;
}

export function libraryGate(name: string, openInBackground: () => Promise<unknown>): LibraryGate {
  let status: LibraryStatus = 'checking';
  let failure: string | null = null;
  let attempt: Promise<void> | null = null;
  let markReady!: () => void;
  const ready = new Promise<void>((resolve) => {
    markReady = resolve;
  });
  const listeners = new Set<() => void>();
  const set = (next: LibraryStatus, message: string | null = null) => {
    status = next;
    failure = message;
    for (const listener of listeners) listener();
  };
  const run = async () => {
    // Dexie stores its version times ten.
    if ((await storedVersion(name)) !== DB_VERSION * 10) {
      set('upgrading');
      await openInBackground();
    }
    set('ready');
    markReady();
  };
  const check = () => {
    if (status === 'ready') return Promise.resolve();
    attempt ??= run()
      .catch((error: unknown) => {
        set('failed', error instanceof Error ? error.message : String(error));
        throw error;
      })
      .finally(() => {
        attempt = null;
      });
    return attempt;
  };
  return {
    check,
    whenReady() {
      check().catch(() => undefined);
      return ready;
    },
    status: () => status,
    failure: () => failure,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
  };
}

const gate = libraryGate(DB_NAME, () => runTask({ type: 'open-library' }));

/** One attempt to have the library ready (see LibraryGate.check). */
export const libraryReady = gate.check;
/** What a page's database connection waits for before it opens. */
export const libraryOpenable = gate.whenReady;
export const libraryStatus = gate.status;
export const libraryFailure = gate.failure;
export const onLibraryStatus = gate.subscribe;
