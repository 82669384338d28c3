import Dexie from 'dexie';
import { cardOf, type LibraryCard } from '../db/read-model/card';
import { nextRev, pageOf, summaryOf, type CardPage } from '../db/read-model/card-pages';
import { recentOf } from '../db/read-model/recent';
import type { ClipperDB, Item } from '../db/schema';
import { storedItems } from '../db/stored-items';
import { combineOutcome, countOutcomes, fold, type ImportCounts, type ImportOutcome } from './merge-import';
import type { ReadOptions } from './preview';
import { restoreImportedSettings } from '../reminders/settings-transfer';
import { exportEntries, type ReadEvent } from './read-export';

// The second read of the file, once the user confirmed: its items merged into the library in ONE
// transaction, read a batch at a time while the transaction waits (Dexie.waitFor keeps it open
// across the file's reads), so a failure anywhere — a refused file, a full disk, the service
// worker stopped — leaves the library as it was, and memory holds one batch, never the file.
//
// The connection used writes items without the projection middleware: in file order, every batch
// touches nearly every card page, and rewriting each page for each batch grew with the square of
// the library. The cards of the written items are staged by page instead, in the same
// transaction, and each card page touched is rewritten once at the end, with its summary and the
// newest-items row, exactly as the projection would leave them.

/**
 * Cards of STAGED_PAGES consecutive pages, staged by an import within its transaction; `page` is
 * the first of them, `seq` counts the import's stagings, so a later card of an item comes after
 * an earlier one. A row per page and batch was 51,000 rows at 100,000 items, and Chromium's
 * IndexedDB charges mostly by the row: 18 s to write them and as long again to read them back.
 */
export interface CardStagingRow {
  page: number;
  seq: number;
  cards: LibraryCard[];
}

/**
 * Pages staged together, and what the rewrite at the end holds in memory at a time: sixteen cut
 * the rows further but raised the browser's peak during a 100,000-item import from 851 to 999 MB.
 */
const STAGED_PAGES = 4;

function stagedAt(page: number): number {
  return page - (page % STAGED_PAGES);
}

export interface ImportResult extends ImportCounts {
  invalid: number;
}

export const IMPORT_KEY = 'import';

/** The last import's result, in the `meta` table, written in the import's transaction. */
export interface ImportMemo {
  key: typeof IMPORT_KEY;
  /** The file's blob: address, which names the import for the page that chose the file. */
  source: string;
  result: ImportResult;
}

/** Items read, merged and written at a time. */
const BATCH = 500;
/** How long one batch of the file may take to read while the transaction waits. */
const READ_TIMEOUT_MS = 10 * 60 * 1000;

interface Batch {
  items: Item[];
  invalid: number;
  total: number | null;
  /** The file's settings, from its head. */
  settings?: unknown;
}

/** The next `size` items of the file (and the invalid entries among them); none when it is read to its end. */
async function nextBatch(events: AsyncIterator<ReadEvent>, size: number): Promise<Batch> {
  const batch: Batch = { items: [], invalid: 0, total: null };
  while (batch.items.length + batch.invalid < size) {
    const next = await events.next();
    if (next.done) break;
    const { head, entry } = next.value;
    if (head) {
      batch.total = head.count;
      batch.settings = head.settings;
    } else if (entry.item) batch.items.push(entry.item);
    else batch.invalid++;
  }
  return batch;
}

/**
 * Cards held in memory before they are staged: this many at most, whatever the file's size. Staged
 * after every batch, a 100,000-item import wrote 12,800 rows: 10.0 s to write them, 14.5 s to
 * read them back into the card pages, 5.0 s to clear them. Held for 5,000 items, 1,280 rows:
 * 7.6, 8.3 and 0.2 s.
 */
const HELD_CARDS = 5_000;

/** The cards an import has written, held by staging row and staged HELD_CARDS at a time. */
function cardStaging(db: ClipperDB) {
  let held = new Map<number, LibraryCard[]>();
  let count = 0;
  let seq = 0;
  return {
    get count() {
      return count;
    },
    add(page: number, card: LibraryCard) {
      const cards = held.get(page);
      if (cards) cards.push(card);
      else held.set(page, [card]);
      count++;
    },
    async flush() {
      const rows = [...held].map(([page, cards]): CardStagingRow => ({ page, seq, cards }));
      held = new Map();
      count = 0;
      seq++;
      await db.cardStaging.bulkPut(rows);
    },
  };
}

/** The card pages touched by the staged cards, each rewritten once, with its summary; then the newest row. */
async function writeReadModel(db: ClipperDB, pages: ReadonlySet<number>): Promise<void> {
  const touched = [...pages].sort((a, b) => a - b);
  for (const first of new Set(touched.map(stagedAt))) {
    const numbers = touched.filter((page) => stagedAt(page) === first);
    const [stored, staged] = await Promise.all([
      db.cardPages.bulkGet(numbers),
      db.cardStaging.where('[page+seq]').between([first, Dexie.minKey], [first, Dexie.maxKey]).toArray(),
    ]);
    const byPage = new Map(numbers.map((page, i) => [page, new Map((stored[i]?.cards ?? []).map((card) => [card.id, card]))]));
    for (const row of staged) for (const card of row.cards) byPage.get(pageOf(card.id))!.set(card.id, card);
    const next = numbers.map((page): CardPage => ({ page, rev: nextRev(), cards: [...byPage.get(page)!.values()] }));
    await Promise.all([db.cardPages.bulkPut(next), db.pageSummaries.bulkPut(next.map(summaryOf))]);
  }
  await db.recent.put(recentOf(await db.pageSummaries.toArray()));
}

/**
 * Imports every valid item of the file given as `chunks`, merged with the library, in one
 * transaction: all of them or, on any failure, none. `db` must be a connection opened without
 * the projection (`new ClipperDB(name, { projection: false })`). Asked again for the import it
 * just committed (the page did not hear the answer), it answers with the same result.
 */
export async function commitImport(
  db: ClipperDB,
  source: string,
  chunks: AsyncIterable<string>,
  options: ReadOptions = {},
): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  let settings: unknown;
  const result = await db.transaction('rw', [db.items, db.cardPages, db.pageSummaries, db.recent, db.cardStaging, db.meta], async () => {
    const memo = await db.meta.get(IMPORT_KEY);
    if (memo?.key === IMPORT_KEY && memo.source === source) return memo.result;
    await db.cardStaging.clear();
    // The ids the library holds, and those this import wrote: only these have a stored item to
    // merge with. Asking for every id of the file cost 14 s at 100,000 items, into an empty library.
    const held = new Set(await db.items.toCollection().primaryKeys());
    const events = exportEntries(chunks)[Symbol.asyncIterator]();
    const staging = cardStaging(db);
    const outcomes = new Map<string, ImportOutcome>();
    const pages = new Set<number>();
    let invalid = 0;
    let total: number | null = null;
    let done = 0;
    for (;;) {
      // Read outside the transaction, which Dexie keeps open meanwhile.
      const batch = await Dexie.waitFor(
        Dexie.ignoreTransaction(() => nextBatch(events, BATCH)),
        READ_TIMEOUT_MS,
      );
      options.signal?.throwIfAborted();
      total = batch.total ?? total;
      settings = batch.settings ?? settings;
      invalid += batch.invalid;
      done += batch.items.length + batch.invalid;
      if (batch.items.length === 0 && batch.invalid === 0) break;
      const ids = new Set(batch.items.map((item) => item.id).filter((id) => held.has(id)));
      const stored = new Map((await storedItems(db, [...ids])).map((item) => [item.id, item]));
      const folded = fold(stored, batch.items, now);
      for (const [id, outcome] of folded.outcomes) outcomes.set(id, combineOutcome(outcomes.get(id), outcome));
      if (folded.writes.length > 0) {
        await db.items.bulkPut(folded.writes);
        for (const item of folded.writes) held.add(item.id);
        for (const item of folded.writes) {
          const page = pageOf(item.id);
          pages.add(page);
          staging.add(stagedAt(page), cardOf(item));
        }
        if (staging.count >= HELD_CARDS) await staging.flush();
      }
      options.onProgress?.(done, total);
    }
    await staging.flush();
    await writeReadModel(db, pages);
    await db.cardStaging.clear();
    const result: ImportResult = { ...countOutcomes(outcomes.values()), invalid };
    await db.meta.put({ key: IMPORT_KEY, source, result });
    return result;
  });
  // Settings live in extension storage, outside the database: restored once the items are in.
  await restoreImportedSettings(settings);
  return result;
}
