import { ClipperDB } from '../../../lib/db/schema';
import { writeLibrary } from '../../../lib/export/library-json';
import { commitImport, type ImportResult } from '../../../lib/import/commit';
import { previewImport, type ImportPreview } from '../../../lib/import/preview';

// An export file as text, and an import of one through the same two reads the background makes
// (preview, then commit through a connection without the projection), fed in chunks as a
// file's stream is.

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

/** The connection an import writes through (lib/background/tasks.ts makes the extension's). */
export function importConnection(db: ClipperDB): ClipperDB {
  return new ClipperDB(db.name, { projection: false });
}

/** Commits the import of `text`, as named by `source`, through an import connection of `db`. */
export async function commitText(
  db: ClipperDB,
  text: string,
  source = `blob:test/${Math.random()}`,
  now?: number,
  chunk?: number,
): Promise<ImportResult> {
  const connection = importConnection(db);
  try {
    return await commitImport(connection, source, chunksOf(text, chunk), { now });
  } finally {
    connection.close();
  }
}

/** Previews then imports `text`, as the page does when the user confirms. */
export async function importText(
  db: ClipperDB,
  text: string,
  now?: number,
  chunk?: number,
): Promise<{ preview: ImportPreview; result: ImportResult }> {
  const preview = await previewImport(db, chunksOf(text, chunk), { now });
  return { preview, result: await commitText(db, text, undefined, now, chunk) };
}
