import type { MarkdownScope } from '../markdown/zip-export';
import { settingsForExport, type ExportedSettings } from '../reminders/settings-transfer';

// Exports run in a thread of their own (see ./serve-export.ts): reading, converting and encoding
// a large library would otherwise hold the library page for seconds.

export interface ExportProgress {
  done: number;
  total: number;
}

export interface LibraryExportRequest {
  now: number;
  /** Read here: extension storage is out of a worker's reach. */
  settings: ExportedSettings;
}

export interface MarkdownExportRequest {
  now: number;
  scope: MarkdownScope;
}

export type ExportReply = { blob: Blob } | { error: string } | { progress: ExportProgress };

/** The Blob `worker` makes for `request`; its progress reports go to `onProgress`. The worker is ended either way. */
function blobFromWorker(worker: Worker, request: LibraryExportRequest | MarkdownExportRequest, onProgress?: (progress: ExportProgress) => void): Promise<Blob> {
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => {
      if ('progress' in data) onProgress?.(data.progress);
      else if ('blob' in data) resolve(data.blob);
      else reject(new Error(data.error));
    };
    worker.onerror = (event) => reject(new Error(event.message || 'the export could not start'));
    worker.postMessage(request);
  }).finally(() => worker.terminate());
}

/** The library's JSON file (see exportLibrary), made by a worker that reads the database itself. */
export async function exportLibraryInWorker(now = Date.now()): Promise<Blob> {
  const settings = await settingsForExport();
  const worker = new Worker(new URL('./library-json.worker.ts', import.meta.url), { type: 'module' });
  return blobFromWorker(worker, { now, settings } satisfies LibraryExportRequest);
}

/** Items as a .zip of Markdown files (see exportMarkdownZip), made by a worker. */
export function exportMarkdownInWorker(scope: MarkdownScope, onProgress?: (progress: ExportProgress) => void, now = Date.now()): Promise<Blob> {
  const worker = new Worker(new URL('./markdown-zip.worker.ts', import.meta.url), { type: 'module' });
  return blobFromWorker(worker, { now, scope } satisfies MarkdownExportRequest, onProgress);
}
