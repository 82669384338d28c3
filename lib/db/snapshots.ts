import { db } from './index';
import type { ClipperDB, Snapshot } from './schema';

// A page's HTML is mostly markup that compresses around ten to one; snapshots are only read back
// to re-extract an item, so they are kept gzipped. Response bodies do the stream plumbing so the
// same code runs in the service worker and under Node.

/**
 * Bytes rather than a Blob: Chrome keeps every Blob of a database in a file of its own, and
 * writing that file was a fifth of the time a save took.
 */
export async function gzipText(text: string): Promise<Uint8Array<ArrayBuffer>> {
  const compressed = new Response(text).body!.pipeThrough(new CompressionStream('gzip'));
  return new Uint8Array(await new Response(compressed).arrayBuffer());
}

/** Snapshots saved before version 2 hold a Blob; they read back the same. */
export async function gunzipText(gzip: Blob | Uint8Array<ArrayBuffer>): Promise<string> {
  const plain = new Response(gzip).body!.pipeThrough(new DecompressionStream('gzip'));
  return new Response(plain).text();
}

/** Builds the snapshot row; compressing is done here, outside any Dexie transaction. */
export async function makeSnapshot(itemId: string, url: string, html: string, capturedAt: number): Promise<Snapshot> {
  return { itemId, url, capturedAt, gzip: await gzipText(html) };
}

/** The HTML the item was last saved from, or null when no snapshot was kept. */
export async function readSnapshot(itemId: string, database: ClipperDB = db): Promise<string | null> {
  const snapshot = await database.snapshots.get(itemId);
  return snapshot ? gunzipText(snapshot.gzip) : null;
}
