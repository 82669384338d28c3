import type { ClipperDB, Item } from '../db/schema';
import type { TagCount } from './tags';

/** The popup shows the newest items only: it must paint at once however large the library is. */
export const POPUP_LIMIT = 50;

/** The newest items, or the newest carrying `tag`: only the rows shown are read in full. */
export async function readPopupItems(db: ClipperDB, tag: string | null, limit = POPUP_LIMIT): Promise<Item[]> {
  if (tag === null) return db.items.orderBy('savedAt').reverse().limit(limit).toArray();
  const tagged = await db.items.where('tags').equals(tag).reverse().sortBy('savedAt');
  return tagged.slice(0, limit);
}

export interface PopupCounts {
  total: number;
  jobCount: number;
  /** How many items carry `tag`; `total` when no tag is chosen. */
  matching: number;
  tags: TagCount[];
}

/**
 * The popup's counts and tag list, from the indexes alone. Read apart from the rows because
 * counting a large library takes longer than painting its newest rows (IndexedDB counts by
 * walking the index); each distinct tag is counted over its own index range.
 */
export function readPopupCounts(db: ClipperDB, tag: string | null): Promise<PopupCounts> {
  return db.transaction('r', db.items, async () => {
    const [total, jobCount, tagNames] = await Promise.all([
      db.items.count(),
      db.items.where('kind').equals('job').count(),
      db.items.orderBy('tags').uniqueKeys() as Promise<string[]>,
    ]);
    const counts = await Promise.all(tagNames.map((name) => db.items.where('tags').equals(name).count()));
    const tags = tagNames.map((name, i) => ({ tag: name, count: counts[i]! })).sort((a, b) => a.tag.localeCompare(b.tag));
    const matching = tag === null ? total : (tags.find((t) => t.tag === tag)?.count ?? 0);
    return { total, jobCount, matching, tags };
  });
}
