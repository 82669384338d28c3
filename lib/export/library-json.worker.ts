import { ClipperDB } from '../db/schema';
import type { ExportReply, ExportRequest } from './export-in-worker';
import { exportLibrary } from './library-json';

// The export in a thread of its own: reading, stringifying and encoding 100 MB of items would
// otherwise hold the library page for over a second. It only reads; writes stay with the background.
addEventListener('message', async (event: MessageEvent<ExportRequest>) => {
  const db = new ClipperDB();
  let reply: ExportReply;
  try {
    reply = { blob: await exportLibrary(db, event.data.now) };
  } catch (error) {
    reply = { error: error instanceof Error ? error.message : String(error) };
  } finally {
    db.close();
  }
  // A Blob crosses to the page by reference: its bytes are not copied.
  postMessage(reply);
});
