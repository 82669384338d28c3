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

/** The item ids to change, grouped by page: a card to put, or null to remove the item's card. */
export function groupByPage(changes: Iterable<[string, LibraryCard | null]>): Map<number, Map<string, LibraryCard | null>> {
  const pages = new Map<number, Map<string, LibraryCard | null>>();
  for (const [id, card] of changes) {
    const no = pageOf(id);
    let page = pages.get(no);
    if (!page) pages.set(no, (page = new Map()));
    page.set(id, card);
  }
  return pages;
}

/** `stored` (absent when the page was never written) with `changes` applied, under a new rev. */
export function applyToPage(no: number, stored: CardPage | undefined, changes: ReadonlyMap<string, LibraryCard | null>): CardPage {
  const cards = new Map((stored?.cards ?? []).map((card) => [card.id, card]));
  for (const [id, card] of changes) {
    if (card) cards.set(id, card);
    else cards.delete(id);
  }
  return { page: no, rev: nextRev(), cards: [...cards.values()] };
}

export function summaryOf(page: CardPage): PageSummary {
  return {
    page: page.page,
    ids: page.cards.map((card) => card.id),
    savedAt: page.cards.map((card) => card.savedAt),
    tags: page.cards.map((card) => card.tags),
  };
}
