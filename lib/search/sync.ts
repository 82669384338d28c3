import type { LibraryCard } from '../db/read-model/card';
import type { SearchIndex } from './search-index';

export interface SyncOptions {
  /** Items indexed between two pauses; a pause lets the page paint and handle input. */
  chunk?: number;
  pause?(): Promise<void>;
  /** Asked between chunks: a newer list of cards has arrived, so this sync can stop. */
  stale?(): boolean;
  /** After each chunk: how many cards are indexed so far, out of how many. */
  onProgress?(indexed: number, total: number): void;
}

/**
 * Brings `index` up to date with `cards`: indexes the cards whose rev it has not seen, forgets
 * the items that are gone. Returns false when it stopped early because `stale()` said so.
 */
export async function syncIndex(index: SearchIndex, cards: readonly LibraryCard[], options: SyncOptions = {}): Promise<boolean> {
  const live = new Set(cards.map((card) => card.id));
  for (const id of [...index.ids()]) if (!live.has(id)) index.remove(id);
  const changed = cards.filter((card) => index.revOf(card.id) !== card.rev);
  const chunk = options.chunk ?? 500;
  let indexed = cards.length - changed.length;
  for (let start = 0; start < changed.length; start += chunk) {
    if (options.stale?.()) return false;
    const batch = changed.slice(start, start + chunk);
    for (const card of batch) index.upsert(card);
    indexed += batch.length;
    options.onProgress?.(indexed, cards.length);
    if (start + chunk < changed.length) await options.pause?.();
  }
  return true;
}
