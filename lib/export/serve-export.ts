import { ClipperDB, DB_NAME } from '../db/schema';
import type { ExportProgress, ExportReply } from './export-in-worker';

/**
 * The worker's side of an export: answers one request with what `make` returns (a Blob crosses
 * to the page by reference: its bytes are not copied), reporting progress on the way. It only
 * reads the database (writes stay with the background) and never upgrades it: the page waited
 * for the background to have it ready before starting the worker.
 */
export function serveExport<Request, Result>(
  make: (db: ClipperDB, request: Request, progress: (progress: ExportProgress) => void) => Promise<Result>,
): void {
  addEventListener('message', async (event: MessageEvent<Request>) => {
    const db = new ClipperDB(DB_NAME, { upgrades: false });
    let reply: ExportReply<Result>;
    try {
      reply = { done: await make(db, event.data, (progress) => postMessage({ progress } satisfies ExportReply<Result>)) };
    } catch (error) {
      reply = { error: error instanceof Error ? error.message : String(error) };
    } finally {
      db.close();
    }
    postMessage(reply);
  });
}
