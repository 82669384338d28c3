import type { ClipperDB } from './schema';

/** An item as the popup lists and counts it (see PageSummary in lib/search/card-pages.ts). */
export interface ItemEntry {
  id: string;
  savedAt: number;
  tags: readonly string[];
}

/** Every item's entry, read from the page summaries: a few hundred rows, whatever the library's size. */
export async function readEntries(db: ClipperDB): Promise<ItemEntry[]> {
  const entries: ItemEntry[] = [];
  for (const page of await db.pageSummaries.toArray()) {
    page.ids.forEach((id, i) => entries.push({ id, savedAt: page.savedAt[i]!, tags: page.tags[i]! }));
  }
  return entries;
}

/** The ids of the items carrying any of `tags`. */
export async function idsTagged(db: ClipperDB, tags: ReadonlySet<string>): Promise<string[]> {
  return (await readEntries(db)).filter((entry) => entry.tags.some((tag) => tags.has(tag))).map((entry) => entry.id);
}
