import type { ArticleItem, ClipperDB, Item } from '../db/schema';
import { captureImages } from './capture';
import { clipImageKeys } from './sources';

// The pictures of a saved article are downloaded after the save is acknowledged, by the service
// worker, which the browser may stop at any moment. So the work to do is written down with the
// item, in the save's own transaction, and crossed out once done: a download the worker did not
// finish is found and resumed on its next start, and the reader can tell a picture still coming
// from one that could not be had.

/** Marks (or clears) the item's pictures as still to download; call inside the transaction that writes the item. */
export async function notePendingImages(db: ClipperDB, item: Item): Promise<void> {
  if (item.kind !== 'job' && clipImageKeys(item.clip).length > 0) await db.pendingImages.put({ itemId: item.id, since: item.updatedAt });
  else await db.pendingImages.delete(item.id);
}

/**
 * Downloads the item's pictures, then crosses the work out, unless the item was written again
 * meanwhile: that write's own capture then still has to run.
 */
export async function capturePendingImages(db: ClipperDB, item: ArticleItem, fetchImpl: typeof fetch = fetch): Promise<void> {
  await captureImages(db, item.id, item.clip, fetchImpl);
  await db.transaction('rw', db.pendingImages, async () => {
    const pending = await db.pendingImages.get(item.id);
    if (pending && pending.since <= item.updatedAt) await db.pendingImages.delete(item.id);
  });
}

/** At the worker's start: downloads what an earlier run left pending, one item after another. */
export async function resumePendingImages(db: ClipperDB, fetchImpl: typeof fetch = fetch): Promise<number> {
  let resumed = 0;
  for (const pending of await db.pendingImages.toArray()) {
    const item = await db.items.get(pending.itemId);
    if (!item || item.kind === 'job') {
      await db.pendingImages.delete(pending.itemId);
      continue;
    }
    await capturePendingImages(db, item, fetchImpl);
    resumed++;
  }
  return resumed;
}
