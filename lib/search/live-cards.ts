import type { ClipperDB } from '../db/schema';
import type { LibraryCard } from './card';

/** Which card is at which rev, read from the `rev` index alone: no card is deserialised. */
export interface CardRevs {
  ids: string[];
  revs: string[];
}

/** One consistent read of every card's id and rev; cheap enough to run after every change. */
export function readCardRevs(db: ClipperDB): Promise<CardRevs> {
  return db.transaction('r', db.cards, async () => {
    const byRev = db.cards.orderBy('rev');
    const [revs, ids] = await Promise.all([byRev.keys(), byRev.primaryKeys()]);
    return { ids, revs: revs as string[] };
  });
}

/**
 * The cards after a change: those whose rev moved are read again, those gone are dropped, the
 * others are reused. A page that follows the library this way reads one card per change, not
 * every card.
 */
export async function updateCards(db: ClipperDB, known: ReadonlyMap<string, LibraryCard>, now: CardRevs): Promise<Map<string, LibraryCard>> {
  const stale = now.ids.filter((id, i) => known.get(id)?.rev !== now.revs[i]);
  const fresh = await db.cards.bulkGet(stale);
  const next = new Map<string, LibraryCard>();
  now.ids.forEach((id) => {
    const card = known.get(id);
    if (card) next.set(id, card);
  });
  for (const card of fresh) if (card) next.set(card.id, card);
  return next;
}
