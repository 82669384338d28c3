import { deleteItems, StoreError } from '../db/items';
import type { ClipperDB, Item } from '../db/schema';
import type { LibraryCard } from '../db/read-model/card';
import { mergeUserData } from './merge-items';

// Exact duplicates cannot happen: an item's id is its canonical address or its job id. These are
// the likely ones that slip through: the same title by the same person at two addresses, and a
// job posted again under a new id with the same title and description (see cardOf).

export interface DuplicateGroup {
  key: string;
  /** The copy that keeps its id and clip comes first. */
  ids: string[];
}

/**
 * Which copy survives a merge: of a job, the latest posting (it is the one still open); of an
 * article or profile, the latest extraction.
 */
function survivorFirst(a: LibraryCard, b: LibraryCard): number {
  if (a.kind === 'job' && b.kind === 'job') {
    const posted = (b.published ?? '').localeCompare(a.published ?? '');
    return posted || Number(b.jobId ?? 0) - Number(a.jobId ?? 0);
  }
  return b.updatedAt - a.updatedAt || b.savedAt - a.savedAt;
}

/** Groups of two or more cards that are likely the same thing; biggest groups first. */
export function findDuplicates(cards: readonly LibraryCard[]): DuplicateGroup[] {
  const byKey = new Map<string, LibraryCard[]>();
  for (const card of cards) {
    if (!card.duplicateKey) continue;
    const group = byKey.get(card.duplicateKey);
    if (group) group.push(card);
    else byKey.set(card.duplicateKey, [card]);
  }
  return [...byKey]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]) => ({ key, ids: group.sort(survivorFirst).map((card) => card.id) }))
    .sort((a, b) => b.ids.length - a.ids.length || a.key.localeCompare(b.key));
}

/**
 * Merges likely duplicates into the first of `ids`: it keeps its clip, gains every tag, source
 * address, note and status change of the others (see mergeUserData), and the others are deleted
 * with their snapshots. One transaction. Returns the merged item.
 */
export async function mergeDuplicates(db: ClipperDB, ids: readonly string[], now = Date.now()): Promise<Item> {
  const unique = [...new Set(ids)];
  if (unique.length < 2) throw new StoreError('Choose at least two items to merge.');
  // The tables deleteItems writes, all of them: a nested transaction may not add any.
  return db.transaction('rw', [db.items, db.snapshots, db.images, db.pendingImages], async () => {
    const found = await db.items.bulkGet(unique);
    if (found.some((item) => item === undefined)) throw new StoreError('Some of these items are no longer in your library.');
    const [survivor, ...others] = found as Item[];
    if (others.some((item) => (item.kind === 'job') !== (survivor!.kind === 'job'))) {
      throw new StoreError('A job posting cannot be merged with an article.');
    }
    const merged = { ...mergeUserData(survivor!, others), updatedAt: now };
    await deleteItems(
      db,
      others.map((item) => item.id),
    );
    await db.items.put(merged);
    return merged;
  });
}
