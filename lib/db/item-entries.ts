import { entriesOf, type ItemEntry } from './read-model/card-pages';
import type { ClipperDB } from './schema';

/** Every item's entry, read from the page summaries: a few hundred rows, whatever the library's size. */
export async function readEntries(db: ClipperDB): Promise<ItemEntry[]> {
  return entriesOf(await db.pageSummaries.toArray());
}

/** The ids of the items carrying any of `tags`. */
export async function idsTagged(db: ClipperDB, tags: ReadonlySet<string>): Promise<string[]> {
  return (await readEntries(db)).filter((entry) => entry.tags.some((tag) => tags.has(tag))).map((entry) => entry.id);
}

/** How many items the library holds, counted from the page summaries. */
export async function countItems(db: ClipperDB): Promise<number> {
  return (await db.pageSummaries.toArray()).reduce((count, page) => count + page.ids.length, 0);
}
