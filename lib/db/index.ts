import { libraryOpenable } from './library-ready';
import { ClipperDB, DB_NAME } from './schema';

/**
 * Whether this code runs in an extension page: the extension's origin with a document (not Node).
 * Firefox's background is such a page too, and opens a connection of its own (entrypoints/background.ts).
 */
function inExtensionPage(): boolean {
  return /^(?:chrome|moz)-extension:$/.test(globalThis.location?.protocol ?? '') && typeof document !== 'undefined';
}

/**
 * The extension's one database. Only the background writes to it and upgrades it; extension
 * pages read it live, once the background has it at this build's version (./library-ready.ts).
 */
export const db = inExtensionPage() ? new ClipperDB(DB_NAME, { upgrades: false, beforeOpen: libraryOpenable }) : new ClipperDB();
