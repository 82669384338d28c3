import type { ClipperDB, StoredImage } from '../db/schema';
import type { ArticleClip } from '../types';
import { sniffImageType } from './format';
import { isAllowedImageUrl } from './hosts';
import { clipImageKeys } from './sources';

/** One picture larger than this is not kept: article images are a few hundred kB. */
export const MAX_IMAGE_BYTES = 5 * 1024 * 1024;
/** What one save may download in total, so a page full of images cannot fill the disk. */
export const MAX_ITEM_IMAGE_BYTES = 20 * 1024 * 1024;
/** Images past this many in one clip are neither fetched nor recorded. */
export const MAX_IMAGES_PER_ITEM = 60;
const FETCH_TIMEOUT_MS = 30_000;

export interface CaptureReport {
  /** Images of the item now stored (downloaded now or already kept for another item). */
  stored: number;
  /** Images recorded as missing: blocked host, failed fetch, not a raster image, or over a cap. */
  missing: number;
  /** Bytes downloaded by this call. */
  downloaded: number;
}

type Download = { blob: Blob; bytes: number; type: string } | null;

/**
 * Stores the clip's hero and body images for offline reading and links them to `itemId`; images
 * the clip no longer has are unlinked (so it also serves after a re-extract). Called after the
 * item is persisted and never throws: a picture that cannot be had is recorded as 'missing' and
 * the saved text is untouched. An image already stored for another item is shared, not fetched again.
 */
export async function captureImages(
  db: ClipperDB,
  itemId: string,
  clip: Pick<ArticleClip, 'url' | 'hero' | 'html'>,
  fetchImpl: typeof fetch = fetch,
): Promise<CaptureReport> {
  const report: CaptureReport = { stored: 0, missing: 0, downloaded: 0 };
  try {
    const keys = clipImageKeys(clip).slice(0, MAX_IMAGES_PER_ITEM);
    for (const key of keys) {
      const existing = await db.images.get(key);
      let download: Download = null;
      if (existing?.status !== 'ok') {
        const budget = Math.min(MAX_IMAGE_BYTES, MAX_ITEM_IMAGE_BYTES - report.downloaded);
        download = budget > 0 && isAllowedImageUrl(key) ? await fetchImage(key, budget, fetchImpl) : null;
        report.downloaded += download?.bytes ?? 0;
      }
      const status = await link(db, key, itemId, download);
      report[status === 'ok' ? 'stored' : 'missing']++;
    }
    await unlink(db, itemId, new Set(keys));
    // The item may have been deleted while its pictures were downloading.
    if ((await db.items.where('id').equals(itemId).count()) === 0) await releaseImages(db, [itemId]);
  } catch (err) {
    console.warn('Science Clipper: images of %s not captured', itemId, err);
  }
  return report;
}

/** Unlinks deleted items from their images and drops the images no item uses any more. */
export async function releaseImages(db: ClipperDB, itemIds: readonly string[]): Promise<void> {
  for (const itemId of itemIds) await unlink(db, itemId, new Set());
}

/** Adds `itemId` to the image's row, storing the download when there is one; returns the row's status. */
async function link(db: ClipperDB, key: string, itemId: string, download: Download): Promise<StoredImage['status']> {
  return db.transaction('rw', db.images, async () => {
    const row = await db.images.get(key);
    const itemIds = row?.itemIds.includes(itemId) ? row.itemIds : [...(row?.itemIds ?? []), itemId];
    // Another save may have stored this picture while ours was downloading: keep theirs.
    const next: StoredImage =
      row?.status === 'ok'
        ? { ...row, itemIds }
        : download
          ? { src: key, itemIds, status: 'ok', blob: download.blob, bytes: download.bytes, type: download.type }
          : { src: key, itemIds, status: 'missing', blob: null, bytes: 0, type: null };
    await db.images.put(next);
    return next.status;
  });
}

async function unlink(db: ClipperDB, itemId: string, keep: ReadonlySet<string>): Promise<void> {
  await db.transaction('rw', db.images, async () => {
    const rows = await db.images.where('itemIds').equals(itemId).toArray();
    for (const row of rows) {
      if (keep.has(row.src)) continue;
      const itemIds = row.itemIds.filter((id) => id !== itemId);
      if (itemIds.length) await db.images.put({ ...row, itemIds });
      else await db.images.delete(row.src);
    }
  });
}

/** The picture at `key` if it is a raster image of at most `limit` bytes; null on any failure. */
async function fetchImage(key: string, limit: number, fetchImpl: typeof fetch): Promise<Download> {
  try {
    const response = await fetchImpl(key, {
      credentials: 'omit',
      referrerPolicy: 'no-referrer',
      signal: AbortSignal.timeout(FETCH_TIMEOUT_MS),
    });
    // A redirect may lead anywhere; only a picture served from an allowed host is kept.
    if (!response.ok || (response.url && !isAllowedImageUrl(response.url))) return discard(response);
    if (Number(response.headers.get('content-length') ?? 0) > limit) return discard(response);
    const bytes = await readAtMost(response, limit);
    const type = bytes && sniffImageType(bytes.subarray(0, 16));
    return bytes && type ? { blob: new Blob([bytes], { type }), bytes: bytes.byteLength, type } : null;
  } catch {
    return null;
  }
}

async function discard(response: Response): Promise<null> {
  await response.body?.cancel().catch(() => undefined);
  return null;
}

/** The body's bytes, or null as soon as it grows past `limit` (Content-Length can be absent or wrong). */
async function readAtMost(response: Response, limit: number): Promise<Uint8Array<ArrayBuffer> | null> {
  if (!response.body) {
    const whole = new Uint8Array(await response.arrayBuffer());
    return whole.byteLength <= limit ? whole : null;
  }
  const reader = response.body.getReader();
  const chunks: Uint8Array[] = [];
  let total = 0;
  for (;;) {
    const { done, value } = await reader.read();
    if (done) break;
    total += value.byteLength;
    if (total > limit) {
      await reader.cancel().catch(() => undefined);
      return null;
    }
    chunks.push(value);
  }
  const bytes = new Uint8Array(total);
  let offset = 0;
  for (const chunk of chunks) {
    bytes.set(chunk, offset);
    offset += chunk.byteLength;
  }
  return bytes;
}
