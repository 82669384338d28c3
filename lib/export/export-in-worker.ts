import { libraryReady } from '../db/library-ready';
import { exportDirectory, removeOldExports, type ExportMessage, type ExportRequest } from './export-files';

// The library's JSON file is written by a worker (./library-json.worker.ts) into the extension's
// private file system (OPFS), a piece at a time, and handed to the browser's downloads from
// there: the file is on disk, never in memory, whatever the library's size (a gigabyte at
// 100,000 items could not even be one string).

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
