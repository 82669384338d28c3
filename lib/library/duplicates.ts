import { deleteItems, StoreError } from '../db/items';
import type { ClipperDB, Item } from '../db/schema';
import { mergeUserData } from './merge-items';

export { findDuplicates, type DuplicateGroup } from './duplicate-groups';

// Merging the likely duplicates that ./duplicate-groups.ts finds: a write, so the background's.

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
