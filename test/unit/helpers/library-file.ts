import type { ClipperDB } from '@/lib/db/schema';
import { writeLibrary } from '@/lib/export/library-json';
import { commitImport, stageImport, type ImportPreview, type ImportResult } from '@/lib/import/staging';

// An export file as text, and an import of one through the same two steps the background runs
// (stage, then commit), fed in chunks as a file's stream is.

export const EXPORTED_AT = Date.UTC(2026, 10, 22);

export async function exportText(db: ClipperDB, now = EXPORTED_AT): Promise<string> {
  const parts: string[] = [];
  await writeLibrary(db, (text) => parts.push(text), { now });
  return parts.join('');
}

/** `text` in chunks of `size` characters, as a decoder stream hands them over. */
export async function* chunksOf(text: string, size = 4096): AsyncGenerator<string> {
  for (let start = 0; start < text.length; start += size) yield text.slice(start, start + size);
}

const SOURCE = 'blob:chrome-extension://test/file';

export function previewText(db: ClipperDB, text: string, now?: number, chunk?: number): Promise<ImportPreview> {
  return stageImport(db, SOURCE, chunksOf(text, chunk), { now });
}

/** Previews then imports `text`, as the page does when the user confirms. */
export async function importText(db: ClipperDB, text: string, now?: number, chunk?: number): Promise<{ preview: ImportPreview; result: ImportResult }> {
  const preview = await previewText(db, text, now, chunk);
  return { preview, result: await commitImport(db, SOURCE, { now }) };
}

export { SOURCE as STAGED_SOURCE };
