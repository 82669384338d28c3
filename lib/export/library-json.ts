import { readEntries } from '../db/item-entries';
import type { ClipperDB, Item } from '../db/schema';
import type { ExportedSettings } from '../reminders/settings-transfer';
import { isoDay } from '../ui/format';
import { Utf8BlobBuilder } from './utf8-blob';

// The library as one JSON file: `{ "format", "version", "exportedAt", "settings", "items": [...] }`, each item
// exactly as stored. Documented in docs/export-format.md; read back by lib/import.

export const EXPORT_FORMAT = 'science-clipper';
export const EXPORT_VERSION = 1;

export type ExportKind = 'export' | 'jobs' | 'calendar';

/** `science-clipper-export-2026-11-22.json`: the local day, as the user reads their calendar. */
export function exportFileName(kind: ExportKind, extension: string, now = Date.now()): string {
  return `science-clipper-${kind}-${isoDay(now)}.${extension}`;
}

function head(now: number, settings?: ExportedSettings): string {
  const settingsPart = settings ? `"settings":${JSON.stringify(settings)},` : '';
  return `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date(now).toISOString())},${settingsPart}"items":[`;
}

function separator(first: boolean): string {
  return first ? '\n' : ',\n';
}

function itemPart(item: Item, first: boolean): string {
  return `${separator(first)}${JSON.stringify(item)}`;
}

const TAIL = '\n]}\n';

/**
 * The file as parts, one per item: a library of thousands of long articles can be larger than
 * the longest string a browser will build, while a Blob of parts has no such limit.
 */
export function exportParts(items: readonly Item[], now = Date.now()): string[] {
  return [head(now), ...items.map((item, i) => itemPart(item, i === 0)), TAIL];
}

const READ_CHUNK = 100;
/** Enough queued reads that the database never waits for this thread to ask for the next one. */
const READS_AHEAD = 4;

/**
 * Calls `onChunk` with every item, in id order, a chunk at a time, within one read transaction
 * (one consistent snapshot). The chunks are id ranges known in advance, so that reads are queued
 * while this thread turns earlier chunks into text: asking for each chunk only once the previous
 * one had arrived left the database waiting, and made an export of 10,000 items a tenth slower.
 */
async function forEachChunk(db: ClipperDB, onChunk: (items: Item[]) => void): Promise<void> {
  await db.transaction('r', db.items, db.pageSummaries, async () => {
    // The bounds only split the id space (the first range is open below, the last above), so
    // no item can fall outside them. The page summaries list every id in a few hundred small
    // rows: far quicker than listing the keys of 100 MB of items. (JavaScript orders strings
    // by UTF-16 code units, as IndexedDB orders its keys.)
    const ids = (await readEntries(db)).map((entry) => entry.id).sort();
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
    const reads = Array.from({ length: Math.min(READS_AHEAD, bounds.length + 1) }, (_, i) => read(i));
    for (let i = 0; i <= bounds.length; i++) {
      const items = await reads[i]!;
      if (i + READS_AHEAD <= bounds.length) reads.push(read(i + READS_AHEAD));
      onChunk(items);
    }
  });
}

/** Every item as the parts of the JSON file. */
export async function exportLibraryParts(db: ClipperDB, now = Date.now(), settings?: ExportedSettings): Promise<string[]> {
  const parts = [head(now, settings)];
  await forEachChunk(db, (chunk) => {
    for (const item of chunk) parts.push(itemPart(item, parts.length === 1));
  });
  parts.push(TAIL);
  return parts;
}

/**
 * The JSON file as a Blob. Each item is encoded as soon as its chunk is read, so encoding 100 MB
 * of text overlaps the reading instead of following it. Runs in a worker in the extension (see
 * ./export-in-worker.ts), directly in tests.
 */
export async function exportLibrary(db: ClipperDB, now = Date.now(), settings?: ExportedSettings): Promise<Blob> {
  const file = new Utf8BlobBuilder();
  file.append(head(now, settings));
  let first = true;
  await forEachChunk(db, (chunk) => {
    for (const item of chunk) {
      // Apart, not as itemPart: joining would copy every item's text once more before encoding.
      file.append(separator(first));
      file.append(JSON.stringify(item));
      first = false;
    }
  });
  file.append(TAIL);
  return file.blob('application/json');
}
