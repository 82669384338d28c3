import type { ClipperDB } from '../schema';
import type { LibraryCard } from './card';
import type { CardPage } from './card-pages';

/** Which page is at which rev, read from the `rev` index alone: no page is deserialised. */
export interface PageRevs {
  pages: number[];
  revs: string[];
}

/** One consistent read of every card page's number and rev; cheap enough to run after every change. */
export function readPageRevs(db: ClipperDB): Promise<PageRevs> {
  return db.transaction('r', db.cardPages, async () => {
    const byRev = db.cardPages.orderBy('rev');
    const [revs, pages] = await Promise.all([byRev.keys(), byRev.primaryKeys()]);
    return { pages, revs: revs as string[] };
  });
}

/**
 * The pages after a change: those whose rev moved are read again, those gone are dropped, the
 * others are reused. A page that follows the library this way reads one page per saved item,
 * not every card; the cards a rewritten page did not change keep their rev, so an index
 * re-reads only the changed ones.
 */
export async function updatePages(db: ClipperDB, known: ReadonlyMap<number, CardPage>, now: PageRevs): Promise<Map<number, CardPage>> {
  const stale = now.pages.filter((no, i) => known.get(no)?.rev !== now.revs[i]);
  const fresh = await db.cardPages.bulkGet(stale);
  const next = new Map<number, CardPage>();
  for (const no of now.pages) {
    const page = known.get(no);
    if (page) next.set(no, page);
  }
  for (const page of fresh) {
    if (!page) continue;
    // The cards this rewrite did not touch stay the objects already shown: rows showing them
    // need not render again.
    const before = new Map(known.get(page.page)?.cards.map((card) => [card.id, card]));
    const cards = page.cards.map((card) => (before.get(card.id)?.rev === card.rev ? before.get(card.id)! : card));
    next.set(page.page, { ...page, cards });
  }
  return next;
}

export function cardsOf(pages: Iterable<CardPage>): LibraryCard[] {
  return [...pages].flatMap((page) => page.cards);
}

export async function readAllCards(db: ClipperDB): Promise<LibraryCard[]> {
  return cardsOf(await db.cardPages.toArray());
}
