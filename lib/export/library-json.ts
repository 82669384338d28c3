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

/**
 * The file as parts, one per item: a library of thousands of long articles can be larger than
 * the longest string a browser will build, while a Blob of parts has no such limit.
 */
export function exportParts(items: readonly Item[], now = Date.now()): string[] {
  const head = `{"format":${JSON.stringify(EXPORT_FORMAT)},"version":${EXPORT_VERSION},"exportedAt":${JSON.stringify(new Date(now).toISOString())},"items":[`;
  const parts = [head];
  items.forEach((item, i) => parts.push(`${i === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`));
  parts.push('\n]}\n');
  return parts;
}

/** Every item, in id order, as the parts of a JSON file. */
export async function exportLibraryParts(db: ClipperDB, now = Date.now()): Promise<string[]> {
  return exportParts(await db.items.toArray(), now);
}

export async function exportLibrary(db: ClipperDB, now = Date.now()): Promise<Blob> {
  return new Blob(await exportLibraryParts(db, now), { type: 'application/json' });
}
