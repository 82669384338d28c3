import { db } from './index';
import type { ClipperDB, Snapshot } from './schema';

// A page's HTML is mostly markup that compresses around ten to one; snapshots are only read back
// to re-extract an item, so they are kept gzipped. Response bodies do the stream plumbing so the
// same code runs in the service worker and under Node.

export async function gzipText(text: string): Promise<Blob> {
  const compressed = new Response(text).body!.pipeThrough(new CompressionStream('gzip'));
  return new Response(compressed).blob();
}

export async function gunzipText(gzip: Blob): Promise<string> {
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
