import { JOB_ID_PREFIX } from '../db/by-kind';
import { readEntries } from '../db/item-entries';
import type { ClipperDB, Item } from '../db/schema';
import { storedItems } from '../db/stored-items';
import type { ItemEntry } from '../db/read-model/card-pages';
import { newestFirst, RECENT_KEY } from '../db/read-model/recent';
import type { TagCount } from './tags';

/** The popup shows the newest items only: it must paint at once however large the library is. */
export const POPUP_LIMIT = 50;

/** More rows than a popup shows before it is scrolled: what its first paint reads and renders. */
export const FIRST_SCREEN = 8;

export interface PopupCounts {
  total: number;
  jobCount: number;
  /** How many items carry `tag`; `total` when no tag is chosen. */
  matching: number;
  tags: TagCount[];
}

export interface PopupView {
  /** The newest items, or the newest carrying the chosen tag. */
  items: Item[];
  counts: PopupCounts;
}

function countsOf(entries: readonly ItemEntry[], tag: string | null): PopupCounts {
  const tagCounts = new Map<string, number>();
  let jobCount = 0;
  for (const entry of entries) {
    if (entry.id.startsWith(JOB_ID_PREFIX)) jobCount++;
    for (const name of entry.tags) tagCounts.set(name, (tagCounts.get(name) ?? 0) + 1);
  }
  const tags = [...tagCounts].map(([name, count]) => ({ tag: name, count })).sort((a, b) => a.tag.localeCompare(b.tag));
  const matching = tag === null ? entries.length : (tagCounts.get(tag) ?? 0);
  return { total: entries.length, jobCount, matching, tags };
}

/**
 * What the popup shows, in one read: the entries of every item (lib/db/item-entries.ts) give the
 * counts, the tag list and which items are newest; only those rows are then read in full.
 */
export async function readPopupView(db: ClipperDB, tag: string | null, limit = POPUP_LIMIT): Promise<PopupView> {
  const entries = await readEntries(db);
  const newest = entries
    .filter((entry) => tag === null || entry.tags.includes(tag))
    .sort(newestFirst)
    .slice(0, limit);
  return {
    items: await storedItems(
      db,
      newest.map((entry) => entry.id),
    ),
    counts: countsOf(entries, tag),
  };
}

/**
 * The newest `count` items, read from the list of the newest (lib/db/read-model/recent.ts) rather than
 * from every entry: what the popup paints first, before readPopupView has counted anything.
 */
export async function readNewest(db: ClipperDB, count: number): Promise<Item[]> {
  const recent = await db.recent.get(RECENT_KEY);
  return storedItems(db, (recent?.ids ?? []).slice(0, count));
}
