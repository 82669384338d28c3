import { ClipperDB } from '../db/schema';
import type { ExportProgress, ExportReply } from './export-in-worker';

/**
 * The worker's side of an export: answers one request with the Blob `make` returns, reporting
 * progress on the way. It only reads the database; writes stay with the background.
 */
export function serveExport<Request>(make: (db: ClipperDB, request: Request, progress: (progress: ExportProgress) => void) => Promise<Blob>): void {
  addEventListener('message', async (event: MessageEvent<Request>) => {
    const db = new ClipperDB();
    let reply: ExportReply;
    try {
      reply = { blob: await make(db, event.data, (progress) => postMessage({ progress } satisfies ExportReply)) };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      db.close();
    }
    // A Blob crosses to the page by reference: its bytes are not copied.
    postMessage(reply);
  });
}
