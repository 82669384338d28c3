import type { ClipperDB, Item } from './schema';

/** The items of `ids` that the library holds, in the order asked; the ids it lacks are left out. */
export async function storedItems(db: ClipperDB, ids: readonly string[]): Promise<Item[]> {
  return (await db.items.bulkGet([...ids])).filter((item): item is Item => item !== undefined);
}
