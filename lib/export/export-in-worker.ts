import { libraryReady } from '../db/library-ready';

// The library's JSON file is written by a worker (./library-json.worker.ts) into the extension's
// private file system (OPFS), a piece at a time, and handed to the browser's downloads from
// there: the file is on disk, never in memory, whatever the library's size (a gigabyte at
// 100,000 items could not even be one string).

export interface ExportRequest {
  now: number;
  fileName: string;
}

export type ExportMessage = { progress: { written: number; total: number } } | { done: { count: number; bytes: number } } | { error: string };

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

/** The library's JSON file, written by a worker that reads the database itself; `onProgress` hears of each chunk. */
export async function exportLibraryInWorker(onProgress?: (written: number, total: number) => void, now = Date.now()): Promise<File> {
  // The worker opens the database too, and must never be the one to upgrade it.
  await libraryReady();
  await removeOldExports(now).catch(() => undefined);
  const fileName = `library-${now}.json`;
  const worker = new Worker(new URL('./library-json.worker.ts', import.meta.url), { type: 'module' });
  try {
    await new Promise<void>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<ExportMessage>) => {
        if ('progress' in data) onProgress?.(data.progress.written, data.progress.total);
        else if ('done' in data) resolve();
        else reject(new Error(data.error));
      };
      worker.onerror = (event) => reject(new Error(event.message || 'the export could not start'));
      worker.postMessage({ now, fileName } satisfies ExportRequest);
    });
  } finally {
    worker.terminate();
  }
  return (await (await exportDirectory()).getFileHandle(fileName)).getFile();
}
