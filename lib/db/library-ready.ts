import { runTask } from '../background-call';
import { DB_NAME, DB_VERSION } from './schema';

// Extension pages (and the export worker they start) never upgrade the library: an upgrade
// blocks every other connection while it runs, and it ran wherever the database was first opened
// (a 10,000-item upgrade held the first popup for 3.4 s with no sign of why). A page first looks
// at the version the database is at; when it is not this build's, it asks the background to open
// it (and so to upgrade it), and tells the user meanwhile. The common case costs one call to
// indexedDB.databases(), a few milliseconds.

export type LibraryStatus = 'checking' | 'upgrading' | 'ready' | 'failed';

let status: LibraryStatus = 'checking';
let failure: string | null = null;
const listeners = new Set<() => void>();
let ready: Promise<void> | null = null;

function setStatus(next: LibraryStatus, message: string | null = null): void {
  status = next;
  failure = message;
  for (const listener of listeners) listener();
}

export function libraryStatus(): LibraryStatus {
  return status;
}

/** Why opening the library failed, in words for the user, while the status is 'failed'. */
export function libraryFailure(): string | null {
  return failure;
}

export function onLibraryStatus(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

/** The version the database is at, undefined when it does not exist, or null when the browser cannot say. */
async function storedVersion(): Promise<number | null | undefined> {
  if (typeof indexedDB.databases !== 'function') return null;
  const found = (await indexedDB.databases()).find((database) => database.name === DB_NAME);
  return found?.version;
}

async function check(): Promise<void> {
  const version = await storedVersion();
  // Dexie stores its version times ten.
  if (version !== DB_VERSION * 10) {
    setStatus('upgrading');
    await runTask({ type: 'open-library' });
  }
  setStatus('ready');
}

/**
 * Resolves once the library is at this build's version, having asked the background to upgrade
 * it if need be. A failure is kept in the status (with its message) and the next call tries again.
 */
export function libraryReady(): Promise<void> {
  ready ??= check().catch((error: unknown) => {
    ready = null;
    setStatus('failed', error instanceof Error ? error.message : String(error));
    throw error;
  });
  return ready;
}
