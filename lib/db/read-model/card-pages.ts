import type { LibraryCard } from './card';

// The cards are stored a page at a time: every item's card lives in the page its id hashes to.
// IndexedDB in Chrome spends about 0.1 ms on every row it writes or reads, whatever its size:
// 10,000 cards as rows took a second to write and a third of one to read back, the same cards in
// 256 pages a sixth of that. A save rewrites one page (about 40 cards, 90 kB, at 10,000 items):
// 2 ms, where pages twice as large took 5 ms and pages half as large were slower to read back.

/** Fixed for the life of a database: the page of a card is part of where it is stored. */
export const CARD_PAGE_COUNT = 256;

export interface CardPage {
  page: number;
  /** New on every write of the page: tells a reader which pages to read again. */
  rev: string;
  cards: LibraryCard[];
}

/**
 * What the popup lists and counts by, for each item of a page, kept beside the page: the popup
 * reads these (about 1 MB at 10,000 items) and never a card, and the items need no index on
 * their save time or tags, each of which added half a second to a 10,000-item import.
 * The arrays are parallel: the i-th id was saved at the i-th time and carries the i-th tags.
 */
export interface PageSummary {
  page: number;
  /** The rev of the page it summarises: a summary and its page that disagree have drifted apart. */
  rev: string;
  ids: string[];
  savedAt: number[];
  tags: string[][];
}

/** The page of an item id: FNV-1a over its UTF-16 code units. */
export function pageOf(id: string): number {
  let hash = 0x811c9dc5;
  for (let i = 0; i < id.length; i++) hash = Math.imul(hash ^ id.charCodeAt(i), 0x01000193);
  return (hash >>> 0) % CARD_PAGE_COUNT;
}

let writes = 0;

/** A rev that differs from every earlier one, in this and any other page or worker. */
export function nextRev(): string {
  writes = (writes + 1) % 1_000_000;
  return `${Date.now().toString(36)}.${writes.toString(36)}.${Math.random().toString(36).slice(2, 6)}`;
}

/** What to do to an item's card: put this card, or (null) remove the item's card. */
export type CardChange = [id: string, card: LibraryCard | null];

/**
 * The pages that `changes` touch, rewritten under new revs: each from the stored page of its
 * number, or from nothing when there is none.
 */
export function rewritePages(changes: Iterable<CardChange>, stored: ReadonlyMap<number, CardPage>): CardPage[] {
  const byPage = new Map<number, CardChange[]>();
  for (const change of changes) {
    const no = pageOf(change[0]);
    const pageChanges = byPage.get(no);
    if (pageChanges) pageChanges.push(change);
    else byPage.set(no, [change]);
  }
  return [...byPage].map(([no, pageChanges]) => {
    const cards = new Map((stored.get(no)?.cards ?? []).map((card) => [card.id, card]));
    for (const [id, card] of pageChanges) {
      if (card) cards.set(id, card);
      else cards.delete(id);
    }
    return { page: no, rev: nextRev(), cards: [...cards.values()] };
  });
}

/** An item as the popup lists and counts it, read from its page's summary. */
export interface ItemEntry {
  id: string;
  savedAt: number;
  tags: readonly string[];
}

export function entriesOf(summaries: Iterable<PageSummary>): ItemEntry[] {
  const entries: ItemEntry[] = [];
  for (const page of summaries) page.ids.forEach((id, i) => entries.push({ id, savedAt: page.savedAt[i]!, tags: page.tags[i]! }));
  return entries;
}

export function summaryOf(page: CardPage): PageSummary {
  return {
    page: page.page,
    rev: page.rev,
    ids: page.cards.map((card) => card.id),
    savedAt: page.cards.map((card) => card.savedAt),
    tags: page.cards.map((card) => card.tags),
  };
}
