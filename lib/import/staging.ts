import Dexie from 'dexie';
import { CARD_PAGE_COUNT, pageOf } from '../db/read-model/card-pages';
import type { ClipperDB, Item } from '../db/schema';
import { storedItems } from '../db/stored-items';
import { combineOutcome, countOutcomes, fold, mergeImported, type ImportCounts, type ImportOutcome } from './merge-import';
import { ImportRefused, readExportStream, type InvalidEntry } from './read-export';

// An import in two steps, neither of which holds the file in memory:
//
// 1. The preview reads the file a line at a time, checks every item, counts what importing it
//    would do, and stages the checked items in `importStaging`, grouped by the card page their id
//    falls in (lib/db/read-model/card-pages.ts). Nothing of the library is written.
// 2. The import, once confirmed, moves the staged items into the library in ONE transaction,
//    page after page: every page's items are merged and written together, so each card page is
//    rewritten once, and a failure anywhere (a full disk, the worker stopped) leaves the library
//    as it was. Memory holds one chunk of one page.

/** Staged items of one card page, in file order by `seq`. */
export interface StagedRow {
  page: number;
  seq: number;
  items: Item[];
}

/** How many invalid entries a preview describes; the rest are only counted. */
const DESCRIBED_INVALID = 5;
/** Checked items are staged once their text reaches this size (or this many items): a bounded buffer. */
const FLUSH_CHARS = 16 << 20;
const FLUSH_ITEMS = 4_000;
/** Stored items compared at a time to count updated and unchanged ones. */
const COMPARE_CHUNK = 200;
/** Staged rows moved into the library at a time, within the import's transaction. */
const COMMIT_ROWS = 64;
/** A staged import nobody confirmed is dropped after this long: it may hold a gigabyte. */
export const STAGED_IMPORT_LIFETIME_MS = 60 * 60 * 1000;

export interface ImportPreview {
  counts: ImportCounts;
  invalid: InvalidEntry[];
  invalidCount: number;
  exportedAt: string | null;
}

export interface ImportResult extends ImportCounts {
  invalid: number;
}

export const IMPORT_KEY = 'import';

/** The import waiting for confirmation (or just done), in the `meta` table. */
export interface ImportState {
  key: typeof IMPORT_KEY;
  /** The file's blob: address, which names this import for the page that chose the file. */
  source: string;
  stagedAt: number;
  /** Staged items, for the import's progress. */
  total: number;
  preview: ImportPreview;
  /** Set in the import's transaction: a page asking again after the worker stopped gets it. */
  result: ImportResult | null;
}

export interface StageOptions {
  now?: number;
  /** Items checked so far, out of the count the file states (null for a version-1 file). */
  onProgress?(done: number, total: number | null): void;
  /** Stops the preview (the page that asked for it went away); what was staged is dropped. */
  signal?: AbortSignal;
}

/** Drops whatever is staged, with its state. */
export async function clearStaging(db: ClipperDB): Promise<void> {
  await db.transaction('rw', db.importStaging, db.meta, async () => {
    await db.importStaging.clear();
    await db.meta.delete(IMPORT_KEY);
  });
}

async function importState(db: ClipperDB): Promise<ImportState | undefined> {
  const row = await db.meta.get(IMPORT_KEY);
  return row?.key === IMPORT_KEY ? row : undefined;
}

/**
 * Reads the file given as `chunks`, checks and stages its items, and returns what importing it
 * would do. Throws ImportRefused (and stages nothing) when the file as a whole cannot be trusted.
 */
export async function stageImport(db: ClipperDB, source: string, chunks: AsyncIterable<string>, options: StageOptions = {}): Promise<ImportPreview> {
  const now = options.now ?? Date.now();
  await clearStaging(db);
  const inLibrary = new Set(await db.items.toCollection().primaryKeys());
  const outcomes = new Map<string, ImportOutcome>();
  const invalid: InvalidEntry[] = [];
  let invalidCount = 0;
  let total: number | null = null;
  let checked = 0;
  let staged = 0;

  const toCompare: Item[] = [];
  const compare = async () => {
    const batch = toCompare.splice(0);
    const stored = new Map((await storedItems(db, batch.map((item) => item.id))).map((item) => [item.id, item]));
    for (const item of batch) outcomes.set(item.id, combineOutcome(outcomes.get(item.id), mergeImported(stored.get(item.id), item, now).outcome));
  };

  const buffers = new Map<number, Item[]>();
  let buffered = { chars: 0, items: 0 };
  let seq = 0;
  const flush = async () => {
    const rows: StagedRow[] = [...buffers].map(([page, items]) => ({ page, seq, items }));
    buffers.clear();
    buffered = { chars: 0, items: 0 };
    seq++;
    await db.importStaging.bulkPut(rows);
  };

  try {
    const head = await readExportStream(chunks, {
      head: (fileHead) => {
        total = fileHead.count;
      },
      entry: async (entry, chars) => {
        options.signal?.throwIfAborted();
        checked++;
        if (!entry.item) {
          if (invalid.length < DESCRIBED_INVALID) invalid.push({ index: entry.index, message: entry.message });
          invalidCount++;
        } else {
          const item = entry.item;
          if (inLibrary.has(item.id)) toCompare.push(item);
          else outcomes.set(item.id, 'new');
          const page = pageOf(item.id);
          const buffer = buffers.get(page);
          if (buffer) buffer.push(item);
          else buffers.set(page, [item]);
          buffered = { chars: buffered.chars + chars, items: buffered.items + 1 };
          staged++;
          if (toCompare.length >= COMPARE_CHUNK) await compare();
          if (buffered.chars >= FLUSH_CHARS || buffered.items >= FLUSH_ITEMS) await flush();
        }
        if (checked % 500 === 0) options.onProgress?.(checked, total);
      },
    });
    await compare();
    await flush();
    const preview: ImportPreview = { counts: countOutcomes(outcomes.values()), invalid, invalidCount, exportedAt: head.exportedAt };
    await db.meta.put({ key: IMPORT_KEY, source, stagedAt: now, total: staged, preview, result: null });
    options.onProgress?.(checked, total);
    return preview;
  } catch (error) {
    await clearStaging(db);
    throw error;
  }
}

export interface CommitOptions {
  now?: number;
  /** After each page: items imported so far, out of all staged. */
  onProgress?(done: number, total: number): void;
}

/** The staged rows of `page` after `afterSeq`, a chunk at a time. */
function stagedRows(db: ClipperDB, page: number, afterSeq: number): Promise<StagedRow[]> {
  return db.importStaging.where('[page+seq]').between([page, afterSeq], [page, Dexie.maxKey], false, true).limit(COMMIT_ROWS).toArray();
}

/**
 * Imports the items staged for `source`, in one transaction: all of them or, on any failure,
 * none. Asked again for an import already done (the page did not hear the answer), answers
 * with its result.
 */
export async function commitImport(db: ClipperDB, source: string, options: CommitOptions = {}): Promise<ImportResult> {
  const now = options.now ?? Date.now();
  return db.transaction('rw', [db.items, db.importStaging, db.meta], async () => {
    const state = await importState(db);
    if (!state || state.source !== source) {
      throw new ImportRefused('This import is no longer waiting for you: choose the file again. Nothing was imported.');
    }
    if (state.result) return state.result;
    const outcomes: ImportOutcome[] = [];
    let done = 0;
    for (let page = 0; page < CARD_PAGE_COUNT; page++) {
      // Ids seen on this page so far: an id repeated in the file counts once.
      const pageOutcomes = new Map<string, ImportOutcome>();
      for (let afterSeq = -1, rows = await stagedRows(db, page, afterSeq); rows.length > 0; rows = await stagedRows(db, page, afterSeq)) {
        afterSeq = rows.at(-1)!.seq;
        const incoming = rows.flatMap((row) => row.items);
        const stored = new Map((await storedItems(db, [...new Set(incoming.map((item) => item.id))])).map((item) => [item.id, item]));
        const folded = fold(stored, incoming, now);
        for (const [id, outcome] of folded.outcomes) pageOutcomes.set(id, combineOutcome(pageOutcomes.get(id), outcome));
        if (folded.writes.length > 0) await db.items.bulkPut(folded.writes);
        done += incoming.length;
      }
      outcomes.push(...pageOutcomes.values());
      options.onProgress?.(done, state.total);
    }
    const result: ImportResult = { ...countOutcomes(outcomes), invalid: state.preview.invalidCount };
    await db.importStaging.clear();
    await db.meta.put({ ...state, result });
    return result;
  });
}

/** Drops the staged items of `source` (the user cancelled). */
export async function cancelImport(db: ClipperDB, source: string): Promise<void> {
  if ((await importState(db))?.source === source) await clearStaging(db);
}

/** At the background's start: drops an import nobody confirmed in time, and leftovers of one that failed. */
export async function dropStaleImport(db: ClipperDB, now = Date.now()): Promise<void> {
  const state = await importState(db);
  if (state && !state.result && now - state.stagedAt < STAGED_IMPORT_LIFETIME_MS) return;
  if (state || (await db.importStaging.count()) > 0) await clearStaging(db);
}
