import { StoreError } from '../db/items';
import { isStorageUnavailable, STORAGE_UNAVAILABLE_MESSAGE } from '../storage-availability';

const OUT_OF_SPACE =
  'Your browser has no storage space left for Science Clipper. Free some disk space or delete clips you no longer need, then try again.';

/** A message the widget can show for a failed request; the user can retry. */
export function errorMessage(error: unknown): string {
  if (error instanceof StoreError) return error.message;
  const chain = causes(error);
  if (chain.some((e) => e.name === 'QuotaExceededError')) return OUT_OF_SPACE;
  // Firefox without history (or in some private windows) refuses the database altogether.
  if (isStorageUnavailable(chain)) return STORAGE_UNAVAILABLE_MESSAGE;
  const first = chain[0];
  const detail = first ? first.message || first.name : String(error);
  return `The library could not be updated (${detail}). Please try again.`;
}

/**
 * Dexie wraps the browser's error (a quota failure arrives as an AbortError whose `inner` is the
 * QuotaExceededError), so the whole chain is checked.
 */
function causes(error: unknown): Error[] {
  const chain: Error[] = [];
  let current: unknown = error;
  while (current instanceof Error && chain.length < 5) {
    chain.push(current);
    current = (current as { inner?: unknown }).inner ?? current.cause;
  }
  return chain;
}
