import { entriesOf, type CardChange, type PageSummary } from './card-pages';

// The newest items, kept in one row beside the card pages, so that the popup can paint its
// first screen from one small read: reading every page summary to find them took a fifth of the
// time to its first paint at 10,000 items.

export const RECENT_KEY = 'newest';

/** How many of the newest items the row lists. */
export const RECENT_COUNT = 50;

/** Newest first (ties by id); `ids[i]` was saved at `savedAt[i]`. */
export interface RecentItems {
  key: typeof RECENT_KEY;
  ids: string[];
  savedAt: number[];
}

interface Saved {
  id: string;
  savedAt: number;
}

/** Newest saved first; ties by id, so that every list of the newest agrees. */
export function newestFirst(a: Saved, b: Saved): number {
  return b.savedAt - a.savedAt || (a.id < b.id ? -1 : a.id > b.id ? 1 : 0);
}

function listOf(entries: Saved[]): RecentItems {
  const newest = entries.sort(newestFirst).slice(0, RECENT_COUNT);
  return { key: RECENT_KEY, ids: newest.map((e) => e.id), savedAt: newest.map((e) => e.savedAt) };
}

/** The list of a whole library, from its page summaries. */
export function recentOf(summaries: Iterable<PageSummary>): RecentItems {
  return listOf(entriesOf(summaries));
}

/**
 * The list after `changes` (a card written, or null for an item deleted), or null when the
 * changes alone cannot tell it and it must be made again from every summary. A full list holds
 * the newest RECENT_COUNT items, so an item it does not hold is no newer than its last one: once
 * a listed item is deleted, or becomes older than that, an unlisted one may belong in its place.
 */
export function updateRecent(recent: RecentItems | undefined, changes: Iterable<CardChange>): RecentItems | null {
  const listed = new Map<string, number>(recent?.ids.map((id, i) => [id, recent.savedAt[i]!]));
  const full = listed.size >= RECENT_COUNT;
  const oldest = recent?.savedAt.at(-1) ?? -Infinity;
  for (const [id, card] of changes) {
    const wasListed = listed.has(id);
    if (card === null) {
      if (wasListed && full) return null;
      listed.delete(id);
    } else {
      if (wasListed && full && card.savedAt < oldest) return null;
      listed.set(id, card.savedAt);
    }
  }
  return listOf([...listed].map(([id, savedAt]) => ({ id, savedAt })));
}
