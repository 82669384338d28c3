import type { ClipperDB, Item } from '../db/schema';
import { isoDay } from '../ui/format';

// The library as one JSON file: `{ "format", "version", "exportedAt", "items": [...] }`, each item
// exactly as stored. Documented in docs/export-format.md; read back by lib/import.

export const EXPORT_FORMAT = 'science-clipper';
export const EXPORT_VERSION = 1;

export type ExportKind = 'export' | 'articles' | 'jobs';

/** `science-clipper-export-2026-11-22.json`: the local day, as the user reads their calendar. */
export function exportFileName(kind: ExportKind, extension: string, now = Date.now()): string {
  return `science-clipper-${kind}-${isoDay(now)}.${extension}`;
}

function head(now: number): string {
  return `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date(now).toISOString())},"items":[`;
}

function itemPart(item: Item, first: boolean): string {
  return `${first ? '\n' : ',\n'}${JSON.stringify(item)}`;
}

const TAIL = '\n]}\n';

/**
 * The file as parts, one per item: a library of thousands of long articles can be larger than
 * the longest string a browser will build, while a Blob of parts has no such limit.
 */
export function exportParts(items: readonly Item[], now = Date.now()): string[] {
  return [head(now), ...items.map((item, i) => itemPart(item, i === 0)), TAIL];
}

const READ_CHUNK = 500;

/**
 * Calls `onChunk` with every item, in id order, a chunk at a time, within one read transaction
 * (one consistent snapshot). Each chunk is asked for before the previous one is handled, so the
 * database reads while the page turns items into text.
 */
async function forEachChunk(db: ClipperDB, onChunk: (items: Item[]) => void): Promise<void> {
  await db.transaction('r', db.items, async () => {
    const after = (id: string | null) => (id === null ? db.items.orderBy(':id') : db.items.where(':id').above(id)).limit(READ_CHUNK).toArray();
    let next = after(null);
    for (;;) {
      const chunk = await next;
      if (chunk.length === 0) return;
      next = after(chunk.at(-1)!.id);
      onChunk(chunk);
    }
  });
}

/** Every item as the parts of the JSON file. */
export async function exportLibraryParts(db: ClipperDB, now = Date.now()): Promise<string[]> {
  const parts = [head(now)];
  await forEachChunk(db, (chunk) => {
    for (const item of chunk) parts.push(itemPart(item, parts.length === 1));
  });
  parts.push(TAIL);
  return parts;
}

/**
 * The JSON file as a Blob. Each chunk becomes a Blob as soon as it is read (a Blob made of
 * Blobs copies nothing), so encoding 100 MB of text overlaps the reading instead of following it.
 */
export async function exportLibrary(db: ClipperDB, now = Date.now()): Promise<Blob> {
  const blobs: Blob[] = [];
  let first = true;
  await forEachChunk(db, (chunk) => {
    blobs.push(new Blob(chunk.map((item) => itemPart(item, first && item === chunk[0]))));
    first = false;
  });
  return new Blob([head(now), ...blobs, TAIL], { type: 'application/json' });
}
