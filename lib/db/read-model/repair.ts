import type { ReadModelMeta } from '../meta';
import { READ_MODEL_KEY } from '../meta';
import { sameValue } from '../same-value';
import type { ClipperDB, Item, ReadModelTables } from '../schema';
import { cardOf, type LibraryCard } from './card';
import { CARD_PAGE_COUNT, nextRev, pageOf, summaryOf, type CardPage } from './card-pages';
import { readPageRevs } from './live-cards';
import { RECENT_KEY, recentOf } from './recent';

// The read model (card pages, their summaries, the newest-items row) is kept by the projection
// middleware inside every write of the items. What can still make it drift: a background of an
// older build writing through the upgraded database while the extension's files were replaced
// (items were saved without their card and summary), or a card whose shape changed with the
// code. Checking it cheaply at every start, and rebuilding what drifted a page at a time, makes
// the library repair itself; the options page runs the full check on request.

/**
 * The version of the read model this code builds. Bump it when a card's shape or the way any of
 * its fields is computed changes: a stored model of another version is rebuilt from the items.
 */
export const READ_MODEL_VERSION = 2;

/** Items read at a time while a page is rebuilt, so that memory stays bounded on any page size. */
const READ_CHUNK = 200;

const ALL_PAGES = Array.from({ length: CARD_PAGE_COUNT }, (_, no) => no);

export interface ReadModelCheck {
  /** The stored model is of another version (or none): every page is rebuilt. */
  stale: boolean;
  /** Pages whose summary disagrees with their card page or whose ids are not the items' ids. */
  drifted: number[];
  /** The newest-items row is not the one the summaries give. */
  recentDrifted: boolean;
  items: number;
  cards: number;
}

export interface RepairReport {
  /** Pages compared card by card with their items. */
  checked: number;
  /** Pages rewritten because a card, an id or the summary differed. */
  repaired: number;
  recentRepaired: boolean;
}

function byPage(ids: Iterable<string>): string[][] {
  const pages: string[][] = ALL_PAGES.map(() => []);
  for (const id of ids) pages[pageOf(id)]!.push(id);
  return pages;
}

function sameIds(a: readonly string[], b: readonly string[]): boolean {
  if (a.length !== b.length) return false;
  const sortedB = [...b].sort();
  return [...a].sort().every((id, i) => id === sortedB[i]);
}

/**
 * Compares the read model with the items without reading a single item or card: the model's
 * version, the item count against the summaries' (then, when they differ, the items' keys page
 * by page), each summary's rev against its page's, and the newest row against the summaries.
 * About a tenth of a second at 100,000 items.
 */
export async function checkReadModel(db: ClipperDB): Promise<ReadModelCheck> {
  return db.transaction('r', [db.items, db.cardPages, db.pageSummaries, db.recent, db.meta], async () => {
    const [meta, items, summaries, revs, recent] = await Promise.all([
      db.meta.get(READ_MODEL_KEY) as Promise<ReadModelMeta | undefined>,
      db.items.count(),
      db.pageSummaries.toArray(),
      readPageRevs(db),
      db.recent.get(RECENT_KEY),
    ]);
    const cards = summaries.reduce((count, summary) => count + summary.ids.length, 0);
    const pageRev = new Map(revs.pages.map((page, i) => [page, revs.revs[i]]));
    const summaryOfPage = new Map(summaries.map((summary) => [summary.page, summary]));
    const drifted = new Set<number>();
    for (const summary of summaries) if (pageRev.get(summary.page) !== summary.rev) drifted.add(summary.page);
    for (const page of pageRev.keys()) if (!summaryOfPage.has(page)) drifted.add(page);
    if (items !== cards) {
      const expected = byPage(await db.items.toCollection().primaryKeys());
      for (const page of ALL_PAGES) if (!sameIds(expected[page]!, summaryOfPage.get(page)?.ids ?? [])) drifted.add(page);
    }
    return {
      stale: meta?.version !== READ_MODEL_VERSION,
      drifted: [...drifted].sort((a, b) => a - b),
      recentDrifted: !sameValue(recent, recentOf(summaries)),
      items,
      cards,
    };
  });
}

/** The card as stored, unless its item's card now differs (the rev aside). */
function keptOrFresh(stored: LibraryCard | undefined, item: Item): { card: LibraryCard; changed: boolean } {
  const { rev: _fresh, ...fresh } = cardOf(item);
  if (stored) {
    const { rev: _stored, ...kept } = stored;
    if (sameValue(kept, fresh)) return { card: stored, changed: false };
  }
  return { card: { ...fresh, rev: nextRev() }, changed: true };
}

/**
 * Rebuilds one page from the items whose ids are `ids` or are listed by the stored page or its
 * summary (an item saved meanwhile is listed there; one deleted meanwhile is no longer read).
 * Cards that are still right keep their rev, so an open library re-indexes only the others.
 * Returns whether the page or its summary was rewritten.
 */
async function rebuildPage(t: ReadModelTables, page: number, ids: readonly string[]): Promise<boolean> {
  const [stored, summary] = await Promise.all([t.cardPages.get(page), t.pageSummaries.get(page)]);
  const before = new Map(stored?.cards.map((card) => [card.id, card]));
  const wanted = [...new Set([...ids, ...before.keys(), ...(summary?.ids ?? [])])].sort();
  const cards: LibraryCard[] = [];
  let changed = false;
  for (let start = 0; start < wanted.length; start += READ_CHUNK) {
    const items = await t.items.bulkGet(wanted.slice(start, start + READ_CHUNK));
    for (const item of items) {
      if (!item) continue;
      const next = keptOrFresh(before.get(item.id), item);
      changed ||= next.changed;
      cards.push(next.card);
    }
  }
  changed ||= cards.length !== before.size;
  if (!changed && stored && summary && sameValue(summary, summaryOf(stored))) return false;
  if (cards.length === 0 && !stored && !summary) return false;
  const next: CardPage = { page, rev: nextRev(), cards };
  await t.cardPages.put(next);
  await t.pageSummaries.put(summaryOf(next));
  return true;
}

async function rebuildRecent(t: ReadModelTables): Promise<boolean> {
  const [summaries, recent] = await Promise.all([t.pageSummaries.toArray(), t.recent.get(RECENT_KEY)]);
  const next = recentOf(summaries);
  if (sameValue(recent, next)) return false;
  await t.recent.put(next);
  return true;
}

async function markChecked(t: ReadModelTables, now: number): Promise<void> {
  await t.meta.put({ key: READ_MODEL_KEY, version: READ_MODEL_VERSION, checkedAt: now });
}

/**
 * Every page rebuilt from the items in the caller's transaction: how a database upgrade builds
 * the model of this version (one page in memory at a time, whatever the library's size).
 */
export async function rebuildReadModel(t: ReadModelTables, now = Date.now()): Promise<void> {
  const ids = byPage(await t.items.toCollection().primaryKeys());
  for (const page of ALL_PAGES) await rebuildPage(t, page, ids[page]!);
  await rebuildRecent(t);
  await markChecked(t, now);
}

export interface RepairOptions {
  /** Compare every card with its item, not only the pages the cheap check found drifted. */
  full?: boolean;
  now?: number;
  /** After each page: how many of the pages to check are done. */
  onProgress?(done: number, total: number): void;
}

/**
 * Checks the read model and rebuilds what drifted, one page per transaction, so saves go on
 * meanwhile and every page is rebuilt from a consistent view of its items.
 */
export async function repairReadModel(db: ClipperDB, options: RepairOptions = {}): Promise<RepairReport> {
  const check = await checkReadModel(db);
  const pages = options.full || check.stale ? ALL_PAGES : check.drifted;
  const tables: ReadModelTables = db;
  let repaired = 0;
  if (pages.length > 0) {
    const ids = byPage(await db.items.toCollection().primaryKeys());
    for (const [done, page] of pages.entries()) {
      const rewritten = await db.transaction('rw', [db.items, db.cardPages, db.pageSummaries], () => rebuildPage(tables, page, ids[page]!));
      if (rewritten) repaired++;
      options.onProgress?.(done + 1, pages.length);
    }
  }
  return db.transaction('rw', [db.pageSummaries, db.recent, db.meta], async () => {
    const recentRepaired = await rebuildRecent(tables);
    await markChecked(tables, options.now ?? Date.now());
    return { checked: pages.length, repaired, recentRepaired };
  });
}
