import { libraryReady } from '../db/library-ready';
import type { MarkdownScope } from '../markdown/zip-export';
import { exportDirectory, removeOldExports } from './export-files';
import { settingsForExport, type ExportedSettings } from '../reminders/settings-transfer';

// Exports run in a thread of their own (see ./serve-export.ts): reading, converting and encoding
// a large library would otherwise hold the library page for seconds. The library's JSON file is
// written by its worker (./library-json.worker.ts) into the extension's private file system
// (OPFS), a piece at a time, and handed to the browser's downloads from there: the file is on
// disk, never in memory, whatever the library's size (a gigabyte at 100,000 items could not even
// be one string).

export interface ExportProgress {
  done: number;
  total: number;
}

export interface LibraryExportRequest {
  now: number;
  /** The file of the private file system's export folder to write. */
  fileName: string;
  /** Read here: extension storage is out of a worker's reach. */
  settings: ExportedSettings;
}

/** What the JSON export wrote. */
export interface LibraryExportDone {
  count: number;
  bytes: number;
}

export interface MarkdownExportRequest {
  now: number;
  scope: MarkdownScope;
}

export type ExportReply<Result> = { done: Result } | { error: string } | { progress: ExportProgress };

/** What `worker` answers to `request`; its progress reports go to `onProgress`. The worker is ended either way. */
async function askWorker<Result>(
  worker: Worker,
  request: LibraryExportRequest | MarkdownExportRequest,
  onProgress?: (progress: ExportProgress) => void,
): Promise<Result> {
  // The worker opens the database too, and must never be the one to upgrade it.
  await libraryReady();
  return new Promise<Result>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportReply<Result>>) => {
      if ('progress' in data) onProgress?.(data.progress);
      else if ('done' in data) resolve(data.done);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the export could not start'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** The library's JSON file, written by a worker that reads the database itself; `onProgress` hears of each chunk. */
export async function exportLibraryInWorker(onProgress?: (written: number, total: number) => void, now = Date.now()): Promise<File> {
  await removeOldExports(now).catch(() => undefined);
  const fileName = `library-${now}.json`;
  const settings = await settingsForExport();
  const worker = new Worker(new URL('./library-json.worker.ts', import.meta.url), { type: 'module' });
  await askWorker<LibraryExportDone>(worker, { now, fileName, settings } satisfies LibraryExportRequest, (progress) =>
    onProgress?.(progress.done, progress.total),
  );
  return (await (await exportDirectory()).getFileHandle(fileName)).getFile();
}

/** Items as a .zip of Markdown files (see exportMarkdownZip), made by a worker. */
export function exportMarkdownInWorker(
  scope: MarkdownScope,
  onProgress?: (progress: ExportProgress) => void,
  now = Date.now(),
): Promise<Blob> {
  const worker = new Worker(new URL('./markdown-zip.worker.ts', import.meta.url), { type: 'module' });
  return askWorker<Blob>(worker, { now, scope } satisfies MarkdownExportRequest, onProgress);
}
