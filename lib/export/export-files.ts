// The files of the JSON export, in the extension's private file system (OPFS): written there by
// the export worker, handed to the browser's downloads from there by the page. Shared by both,
// so nothing here may need the extension APIs (a worker has none).

/** The folder of the private file system the exports are written to. */
const EXPORT_DIR = 'exports';
/** An export file older than this has long been downloaded: it is deleted. */
const EXPORT_FILE_LIFETIME_MS = 10 * 60 * 1000;

export async function exportDirectory(): Promise<FileSystemDirectoryHandle> {
  return (await navigator.storage.getDirectory()).getDirectoryHandle(EXPORT_DIR, { create: true });
}

/** Deletes the export files written more than ten minutes ago (each may be a gigabyte). */
export async function removeOldExports(now = Date.now()): Promise<void> {
  const dir = await exportDirectory();
  const names: string[] = [];
  for await (const name of (dir as unknown as { keys(): AsyncIterable<string> }).keys()) names.push(name);
  for (const name of names) {
    const file = await (await dir.getFileHandle(name)).getFile();
    if (now - file.lastModified > EXPORT_FILE_LIFETIME_MS) await dir.removeEntry(name).catch(() => undefined);
  }
}
