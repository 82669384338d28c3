export interface ExportRequest {
  now: number;
}

export type ExportReply = { blob: Blob } | { error: string };

/** The library's JSON file (see exportLibrary), made by a worker that reads the database itself. */
export function exportLibraryInWorker(now = Date.now()): Promise<Blob> {
  const worker = new Worker(new URL('./library-json.worker.ts', import.meta.url), { type: 'module' });
  return new Promise<Blob>((resolve, reject) => {
    worker.onmessage = ({ data }: MessageEvent<ExportReply>) => ('blob' in data ? resolve(data.blob) : reject(new Error(data.error)));
    worker.onerror = (event) => reject(new Error(event.message || 'the export could not start'));
    worker.postMessage({ now } satisfies ExportRequest);
  }).finally(() => worker.terminate());
}
