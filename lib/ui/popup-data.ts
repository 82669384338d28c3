import type { ClipperDB, Item } from '../db/schema';
import { countTags, type TagCount } from './tags';

/** The popup shows the newest items only: it must paint at once however large the library is. */
export const POPUP_LIMIT = 50;

export interface PopupData {
  /** The newest items (carrying `tag` when one is chosen), at most POPUP_LIMIT. */
  items: Item[];
  /** How many items match: all of them, or those carrying `tag`. */
  matching: number;
  total: number;
  jobCount: number;
  tags: TagCount[];
}

/**
 * What the popup lists, read in one transaction. Counts and tags come from the indexes alone,
 * so only the rows shown are read in full.
 */
export function readPopupData(db: ClipperDB, tag: string | null, limit = POPUP_LIMIT): Promise<PopupData> {
  return db.transaction('r', db.items, async () => {
    const [total, jobCount, tagKeys] = await Promise.all([
      db.items.count(),
      db.items.where('kind').equals('job').count(),
      db.items.orderBy('tags').keys(),
    ]);
    const tags = countTags(tagKeys as string[]);
    if (tag === null) {
      const items = await db.items.orderBy('savedAt').reverse().limit(limit).toArray();
      return { items, matching: total, total, jobCount, tags };
    }
    const tagged = await db.items.where('tags').equals(tag).toArray();
    tagged.sort((a, b) => b.savedAt - a.savedAt);
    return { items: tagged.slice(0, limit), matching: tagged.length, total, jobCount, tags };
  });
}
