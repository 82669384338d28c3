import { idsTagged } from '../db/item-entries';
import { normalizeTags, StoreError } from '../db/items';
import type { ClipperDB, Item } from '../db/schema';
import { storedItems } from '../db/stored-items';

// Library-wide tag edits. Each is one transaction: a rename half done is never visible.

function oneTag(raw: string): string {
  const [tag] = normalizeTags([raw]);
  if (!tag) throw new StoreError('A tag cannot be empty.');
  return tag;
}

/** `tags` with every tag of `sources` replaced by `target`, in place of the first one, once. */
function retagged(tags: readonly string[], sources: ReadonlySet<string>, target: string): string[] {
  return normalizeTags(tags.map((tag) => (sources.has(tag) ? target : tag)));
}

/**
 * Replaces the tags `sources` by `target` on every item carrying any of them; an item that
 * already has `target` keeps it once. Returns how many items changed.
 */
export async function mergeTags(db: ClipperDB, sources: readonly string[], target: string, now = Date.now()): Promise<number> {
  const into = oneTag(target);
  const from = new Set(normalizeTags(sources).filter((tag) => tag !== into));
  if (from.size === 0) return 0;
  return db.transaction('rw', db.items, db.pageSummaries, async () => {
    const items = await storedItems(db, await idsTagged(db, from));
    const changed = items.map((item) => ({ ...item, tags: retagged(item.tags, from, into), updatedAt: now }));
    await db.items.bulkPut(changed);
    return changed.length;
  });
}

/** Renames a tag everywhere. Renaming onto an existing tag merges the two. */
export function renameTag(db: ClipperDB, from: string, to: string, now = Date.now()): Promise<number> {
  return mergeTags(db, [from], to, now);
}

export interface TagChanges {
  add?: readonly string[];
  remove?: readonly string[];
}

/** Adds and removes tags on every item of `itemIds`. Returns how many items changed. */
export async function bulkTag(db: ClipperDB, itemIds: readonly string[], changes: TagChanges, now = Date.now()): Promise<number> {
  const add = normalizeTags(changes.add ?? []);
  const remove = new Set(normalizeTags(changes.remove ?? []));
  return db.transaction('rw', db.items, async () => {
    const items = await storedItems(db, [...new Set(itemIds)]);
    const changed: Item[] = [];
    for (const item of items) {
      const tags = normalizeTags([...item.tags, ...add]).filter((tag) => !remove.has(tag));
      if (tags.join('\n') !== item.tags.join('\n')) changed.push({ ...item, tags, updatedAt: now });
    }
    await db.items.bulkPut(changed);
    return changed.length;
  });
}
