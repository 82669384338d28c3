import type { ClipperDB } from '../db/schema';
import { restoreImportedSettings } from '../reminders/settings-transfer';
import { importItems, previewImport, type ImportCounts } from './merge-import';
import { checkImportSize, ImportRefused, readExport, type InvalidEntry, type ReadExport } from './read-export';

// The background's side of an import. The page hands over the chosen file as a blob: address of
// the extension's own origin, and the background reads it itself: a library export (about 100 MB
// for 10,000 items) is larger than a runtime message may be, and copying it through messages
// took longer than the whole import. The file read for the preview is kept until the import
// (or the next preview), so it is parsed once; a worker stopped in between reads it again.

/** How many invalid entries a preview describes; the rest are only counted. */
const DESCRIBED_INVALID = 5;

export interface ImportPreview {
  counts: ImportCounts;
  invalid: InvalidEntry[];
  invalidCount: number;
  exportedAt: string | null;
}

export interface ImportResult extends ImportCounts {
  invalid: number;
}

let lastRead: { url: string; read: ReadExport } | null = null;

/** Reads the file behind `url`, which must be a blob: address made by a page of `origin`. */
export async function readImportFile(url: string, origin: string): Promise<ReadExport> {
  if (lastRead?.url === url) return lastRead.read;
  let own = false;
  try {
    own = url.startsWith('blob:') && new URL(url).origin === origin;
  } catch {
    own = false;
  }
  if (!own) throw new ImportRefused('Only a file chosen in Science Clipper’s own pages can be imported.');
  const gone = () => new ImportRefused('The chosen file could not be read any more. Choose it again.');
  const response = await fetch(url).catch(() => {
    throw gone();
  });
  // A blob: response states its size, so an oversized file is refused before it is read.
  const size = Number(response.headers.get('content-length'));
  if (size > 0) checkImportSize(size);
  // Bytes first, then one decode: Response.text() took half as long again on a 100 MB file.
  const bytes = await response.arrayBuffer().catch(() => {
    throw gone();
  });
  const text = new TextDecoder().decode(bytes);
  const read = readExport(text);
  lastRead = { url, read };
  return read;
}

export async function previewImportFile(db: ClipperDB, url: string, origin: string): Promise<ImportPreview> {
  const read = await readImportFile(url, origin);
  return {
    counts: await previewImport(db, read.items),
    invalid: read.invalid.slice(0, DESCRIBED_INVALID),
    invalidCount: read.invalid.length,
    exportedAt: read.exportedAt,
  };
}

/** Imports every valid item of the file in one transaction: all of them, or none. */
export async function importFile(db: ClipperDB, url: string, origin: string): Promise<ImportResult> {
  const read = await readImportFile(url, origin);
  const counts = await importItems(db, read.items);
  await restoreImportedSettings(read.settings);
  lastRead = null;
  return { ...counts, invalid: read.invalid.length };
}
