import { readEntries } from '../db/item-entries';
import type { ClipperDB, Item } from '../db/schema';
import type { ExportedSettings } from '../reminders/settings-transfer';
import { isoDay } from '../ui/format';

// The library as one JSON file (docs/export-format.md): the envelope and the item count on the
// first line, then one item per line, exactly as stored, then `]}`. A line per item lets the file
// be written and read back in pieces, never as one string, whatever the library's size; the count
// lets a reader tell a whole file from one cut short. Read back by lib/import.

export const EXPORT_FORMAT = 'science-clipper';
/** 2: the item count in the envelope. Version 1 files (no count) still import. */
export const EXPORT_VERSION = 2;

export type ExportKind = 'export' | 'jobs' | 'calendar';

/** `science-clipper-export-2026-11-22.json`: the local day, as the user reads their calendar. */
export function exportFileName(kind: ExportKind, extension: string, now = Date.now()): string {
  return `science-clipper-${kind}-${isoDay(now)}.${extension}`;
}

/** A character outside ASCII, one UTF-16 unit at a time: a pair of surrogates becomes two escapes, which JSON reads back as one character. */
const NON_ASCII = /[\u0080-\uffff]/g;

function escapeUnit(unit: string): string {
  return `\\u${unit.charCodeAt(0).toString(16).padStart(4, '0')}`;
}

/**
 * JSON text in ASCII alone: every other character as a `\u` escape, which any JSON reader reads
 * back as the character. The import reads its file twice (preview, then import), and Chromium
 * turned a 10,000-item file into text in 0.8–1.0 s when it was ASCII against 1.7 s as UTF-8
 * (0.6 % more bytes); this costs the export 0.09 s per 10,000 items.
 */
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(NON_ASCII, escapeUnit);
}

function head(now: number, count: number, settings?: ExportedSettings): string {
  const settingsPart = settings ? `"settings":${asciiJson(settings)},` : '';
  return `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date(now).toISOString())},"count":${count},${settingsPart}"items":[`;
}

function separator(first: boolean): string {
  return first ? '\n' : ',\n';
}

const TAIL = '\n]}\n';

/** An item's line of the file, with what ends the line before it; `first` for the first item. */
export function exportLine(item: Item, first: boolean): string {
  return `${separator(first)}${asciiJson(item)}`;
}

/** The whole file for `items`, as parts (tests and benchmarks write files with it). */
export function exportParts(items: readonly Item[], now = Date.now()): string[] {
  return [head(now, items.length), ...items.map((item, i) => exportLine(item, i === 0)), TAIL];
}

const READ_CHUNK = 100;
/** Enough queued reads that the database never waits for this thread to ask for the next one. */
const READS_AHEAD = 4;

/**
 * Calls `onChunk` with every item, in id order, a chunk at a time, within one read transaction
 * (one consistent snapshot). The chunks are id ranges known in advance, so that reads are queued
 * while this thread turns earlier chunks into text: asking for each chunk only once the previous
 * one had arrived left the database waiting, and made an export of 10,000 items a tenth slower.
 * `onChunk` must not wait on anything but the database, or the transaction would end.
 */
async function forEachChunk(db: ClipperDB, onStart: (count: number) => void, onChunk: (items: Item[]) => void): Promise<void> {
  await db.transaction('r', db.items, db.pageSummaries, async () => {
    // The bounds only split the id space (the first range is open below, the last above), so
    // no item can fall outside them, even one the summaries miss. The page summaries list every
    // id in a few hundred small rows: far quicker than listing the keys of a gigabyte of items.
    // (JavaScript orders strings by UTF-16 code units, as IndexedDB orders its keys.)
    const [count, entries] = await Promise.all([db.items.count(), readEntries(db)]);
    onStart(count);
    const ids = entries.map((entry) => entry.id).sort();
    const bounds = ids.filter((_, i) => i > 0 && i % READ_CHUNK === 0);
    const range = (i: number) => {
      const lower = bounds[i - 1];
      const upper = bounds[i];
      if (lower === undefined) return upper === undefined ? db.items.toCollection() : db.items.where(':id').below(upper);
      return upper === undefined ? db.items.where(':id').aboveOrEqual(lower) : db.items.where(':id').between(lower, upper);
    };
    const read = (i: number) => {
      const reading = range(i).toArray();
      // A failed read fails the export where it is awaited; the reads queued behind it must
      // not be reported as unhandled on top.
      reading.catch(() => undefined);
      return reading;
    };
    // A queue, not a list kept whole: a settled read holds its chunk, and keeping every read held
    // the whole library in memory until the export ended (+1.5 GB at 100,000 items).
    const reads = Array.from({ length: Math.min(READS_AHEAD, bounds.length + 1) }, (_, i) => read(i));
    for (let i = 0; i <= bounds.length; i++) {
      const items = await reads.shift()!;
      if (i + READS_AHEAD <= bounds.length) reads.push(read(i + READS_AHEAD));
      onChunk(items);
    }
  });
}

export interface WriteOptions {
  now?: number;
  /** After each chunk: items written, out of how many. */
  onProgress?(written: number, total: number): void;
  /** The user's settings, carried beside the items (lib/reminders/settings-transfer.ts). */
  settings?: ExportedSettings;
}

/**
 * Writes the library's file through `write`, a piece at a time: each item is stringified and
 * handed on as soon as its chunk is read, so memory holds a few chunks, never the file. Runs in a
 * worker in the extension (./library-json.worker.ts), writing to a file; directly in tests.
 * Resolves with the number of items written.
 */
export async function writeLibrary(db: ClipperDB, write: (text: string) => void, options: WriteOptions = {}): Promise<number> {
  let total = 0;
  let written = 0;
  await forEachChunk(
    db,
    (count) => {
      total = count;
      write(head(options.now ?? Date.now(), count, options.settings));
    },
    (chunk) => {
      for (const item of chunk) {
        // Apart, not joined: joining would copy every item's text once more before encoding.
        write(separator(written === 0));
        write(asciiJson(item));
        written++;
      }
      options.onProgress?.(written, total);
    },
  );
  // One transaction read both: a difference would be a bug here, and a file that says otherwise is refused on import.
  if (written !== total) throw new Error(`the export read ${written} items of ${total}`);
  write(TAIL);
  return written;
}
