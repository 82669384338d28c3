import type { LibraryExportDone, LibraryExportRequest } from './export-in-worker';
import { exportDirectory } from './export-files';
import { writeLibrary } from './library-json';
import { serveExport } from './serve-export';
import { Utf8Writer } from './utf8-writer';

// The JSON export in a thread of its own: reading, stringifying and encoding a gigabyte of items
// would otherwise hold the library page for many seconds. It writes its file with a synchronous
// access handle, which only a worker may have: each write lands on disk at once, inside the
// database's read transaction.

/** The worker-only synchronous access handle, as far as it is used here (TypeScript's DOM library lacks it). */
interface SyncAccessHandle {
  write(buffer: Uint8Array, options: { at: number }): number;
  truncate(size: number): void;
  flush(): void;
  close(): void;
}

serveExport<LibraryExportRequest, LibraryExportDone>(async (db, request, progress) => {
  const file = await (await exportDirectory()).getFileHandle(request.fileName, { create: true });
  const handle = await (file as unknown as { createSyncAccessHandle(): Promise<SyncAccessHandle> }).createSyncAccessHandle();
  try {
    handle.truncate(0);
    let at = 0;
    const writer = new Utf8Writer((bytes) => {
      at += handle.write(bytes, { at });
    });
    const count = await writeLibrary(db, (text) => writer.write(text), {
      now: request.now,
      settings: request.settings,
      onProgress: (done, total) => progress({ done, total }),
    });
    writer.flush();
    handle.flush();
    return { count, bytes: at };
  } finally {
    handle.close();
  }
});
