import { ClipperDB, DB_NAME } from '../db/schema';
import { exportDirectory, type ExportMessage, type ExportRequest } from './export-files';
import { writeLibrary } from './library-json';
import { Utf8Writer } from './utf8-writer';

// The export in a thread of its own: reading, stringifying and encoding a gigabyte of items would
// otherwise hold the library page for many seconds. It only reads (writes stay with the
// background), and writes its file with a synchronous access handle, which only a worker may
// have: each write lands on disk at once, inside the database's read transaction.

/** The worker-only synchronous access handle, as far as it is used here (TypeScript's DOM library lacks it). */
interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

addEventListener('message', async (event: MessageEvent<ExportRequest>) => {
  const reply = (message: ExportMessage) => postMessage(message);
  const db = new ClipperDB(DB_NAME, { upgrades: false });
  let access: SyncAccessHandle | null = null;
  try {
    const file = await (await exportDirectory()).getFileHandle(event.data.fileName, { create: true });
    const handle = await (file as unknown as { createSyncAccessHandle(): Promise<SyncAccessHandle> }).createSyncAccessHandle();
    access = handle;
    handle.truncate(0);
    let at = 0;
    const writer = new Utf8Writer((bytes) => {
      at += handle.write(bytes, { at });
    });
    const count = await writeLibrary(db, (text) => writer.write(text), {
      now: event.data.now,
      onProgress: (written, total) => reply({ progress: { written, total } }),
    });
    writer.flush();
    handle.flush();
    reply({ done: { count, bytes: at } });
  } catch (error) {
    reply({ error: error instanceof Error ? error.message : String(error) });
  } finally {
    access?.close();
    db.close();
  }
});
