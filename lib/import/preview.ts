import type { ClipperDB, Item } from '../db/schema';
import { storedItems } from '../db/stored-items';
import { combineOutcome, countOutcomes, mergeImported, type ImportCounts, type ImportOutcome } from './merge-import';
import { exportEntries, type InvalidEntry } from './read-export';

// The first of an import's two reads of the file: every item checked and compared with the
// library, and nothing written. Reading the file again to import it costs far less than keeping
// its items meanwhile: writing a gigabyte to IndexedDB and reading it back took several times as
// long as parsing it again.

/** How many invalid entries a preview describes; the rest are only counted. */
const DESCRIBED_INVALID = 5;
/** Stored items compared at a time to tell updated from unchanged ones. */
const COMPARE_CHUNK = 200;

export interface ImportPreview {
  counts: ImportCounts;
  invalid: InvalidEntry[];
  invalidCount: number;
  exportedAt: string | null;
}

export interface ReadOptions {
  now?: number;
  /** Items read so far, out of the count the file states (null for a version-1 file, until its end). */
  onProgress?(done: number, total: number | null): void;
  /** Stops the reading (the page that asked went away). */
  signal?: AbortSignal;
}

/** What importing the file given as `chunks` would do. Throws ImportRefused when the file as a whole cannot be trusted. */
export async function previewImport(db: ClipperDB, chunks: AsyncIterable<string>, options: ReadOptions = {}): Promise<ImportPreview> {
  const now = options.now ?? Date.now();
  const inLibrary = new Set(await db.items.toCollection().primaryKeys());
  // The outcome of every id of the file: an id met twice counts once.
  const outcomes = new Map<string, ImportOutcome>();
  const invalid: InvalidEntry[] = [];
  let invalidCount = 0;
  let total: number | null = null;
  let exportedAt: string | null = null;
  let read = 0;

  const toCompare: Item[] = [];
  const compare = async () => {
    const batch = toCompare.splice(0);
    const stored = new Map(
      (
        await storedItems(
          db,
          batch.map((item) => item.id),
        )
      ).map((item) => [item.id, item]),
    );
    for (const item of batch)
      outcomes.set(item.id, combineOutcome(outcomes.get(item.id), mergeImported(stored.get(item.id), item, now).outcome));
  };

  for await (const { head, entry } of exportEntries(chunks)) {
    options.signal?.throwIfAborted();
    if (head) {
      total = head.count;
      exportedAt = head.exportedAt;
      continue;
    }
    read++;
    if (!entry.item) {
      if (invalid.length < DESCRIBED_INVALID) invalid.push({ index: entry.index, message: entry.message });
      invalidCount++;
    } else if (inLibrary.has(entry.item.id)) {
      toCompare.push(entry.item);
      if (toCompare.length >= COMPARE_CHUNK) await compare();
    } else {
      outcomes.set(entry.item.id, 'new');
    }
    if (read % 500 === 0) options.onProgress?.(read, total);
  }
  await compare();
  options.onProgress?.(read, total ?? read);
  return { counts: countOutcomes(outcomes.values()), invalid, invalidCount, exportedAt };
}
