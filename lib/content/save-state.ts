import type { SavedSummary } from '../messages';

/** Where one savable thing on the page (the page itself, or one job card) stands. */
export type SaveState =
  { phase: 'unsaved' } | { phase: 'saving' } | { phase: 'saved'; summary: SavedSummary } | { phase: 'error'; message: string };

export const UNSAVED: SaveState = { phase: 'unsaved' };

/**
 * The state after the background reported `summary` (null: not in the library). A save in
 * flight or an error the user has not retried yet is kept: a library change elsewhere does not
 * cancel either.
 */
export function reconcile(current: SaveState, summary: SavedSummary | null | undefined): SaveState {
  if (summary) return { phase: 'saved', summary };
  return current.phase === 'saved' ? UNSAVED : current;
}

/** Where the page's "Save all" stands: the counts of the last run stay until the next one. */
export type BulkSaveState =
  { phase: 'idle' } | { phase: 'saving' } | { phase: 'done'; added: number; alreadySaved: number } | { phase: 'error'; message: string };

export const BULK_IDLE: BulkSaveState = { phase: 'idle' };
