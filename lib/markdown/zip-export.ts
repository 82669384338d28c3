import { idsTagged, readEntries } from '../db/item-entries';
import type { ClipperDB, Item, StoredImage } from '../db/schema';
import { clipImageKeys } from '../images/sources';
import { itemMarkdown, remoteImages } from './document';
import { markdownFolderName, safeFileStem, UniqueNames } from './file-names';
import { ZipBlobWriter } from './zip-writer';

// Items as a folder of Markdown files in a .zip, ready to drop into a vault:
//   science-clipper-markdown-2026-11-22/
//     Title of an article.md
//     assets/Title of an article-1.jpg
// Items are read a chunk at a time, each chunk's files written before the next is used, so a
// library of any size passes through memory a hundred items at a time.

/** Which items: the whole library, those carrying one of the user's tags, or a chosen few. */
export type MarkdownScope = { kind: 'all' } | { kind: 'tag'; tag: string } | { kind: 'items'; ids: readonly string[] };

export interface ZipProgress {
  done: number;
  total: number;
}

export const ASSETS_FOLDER = 'assets';
const CHUNK = 100;

const EXTENSIONS: Record<string, string> = {
  'image/png': 'png',
  'image/jpeg': 'jpg',
  'image/gif': 'gif',
  'image/webp': 'webp',
  'image/avif': 'avif',
};

async function scopeIds(db: ClipperDB, scope: MarkdownScope): Promise<string[]> {
  if (scope.kind === 'items') return [...new Set(scope.ids)];
  if (scope.kind === 'tag') return idsTagged(db, new Set([scope.tag]));
  return (await readEntries(db)).map((entry) => entry.id);
}

interface Chunk {
  items: Item[];
  images: Map<string, StoredImage>;
}

/** One read transaction per chunk: the items, and the stored pictures their clips name. */
function readChunk(db: ClipperDB, ids: readonly string[]): Promise<Chunk> {
  const reading = db.transaction('r', db.items, db.images, async () => {
    const items = (await db.items.bulkGet([...ids])).filter((item): item is Item => item !== undefined);
    const keys = [...new Set(items.flatMap((item) => (item.kind === 'job' ? [] : clipImageKeys(item.clip))))];
    const rows = await db.images.bulkGet(keys);
    const images = new Map(
      rows.filter((row): row is StoredImage => row?.status === 'ok' && row.blob !== null).map((row) => [row.src, row]),
    );
    return { items, images };
  });
  // A read that fails while an earlier chunk is still being written fails the export where it
  // is awaited, not a second time as an unhandled rejection.
  reading.catch(() => undefined);
  return reading;
}

/** A relative link that every Markdown tool resolves: path segments percent-encoded. */
function relativeLink(path: string): string {
  return path.split('/').map(encodeURIComponent).join('/');
}

export async function exportMarkdownZip(
  db: ClipperDB,
  scope: MarkdownScope,
  now = Date.now(),
  onProgress?: (progress: ZipProgress) => void,
): Promise<Blob> {
  const ids = (await scopeIds(db, scope)).sort();
  const folder = markdownFolderName(now);
  const zip = new ZipBlobWriter();
  const notes = new UniqueNames();
  const assets = new UniqueNames();
  /** Pictures already written, by key: one shared by several items is written once. */
  const written = new Map<string, string>();
  const total = ids.length;
  onProgress?.({ done: 0, total });
  let next = total > 0 ? readChunk(db, ids.slice(0, CHUNK)) : null;
  for (let start = 0; next; start += CHUNK) {
    const chunk = await next;
    // The next chunk is read while this one is written.
    next = start + CHUNK < total ? readChunk(db, ids.slice(start + CHUNK, start + 2 * CHUNK)) : null;
    for (const item of chunk.items) {
      const note = notes.take(safeFileStem(item.title), '.md');
      const local = new Map<string, string>();
      if (item.kind !== 'job') {
        for (const key of clipImageKeys(item.clip)) {
          const row = chunk.images.get(key);
          if (!row?.blob) continue;
          let path = written.get(key);
          if (!path) {
            path = `${ASSETS_FOLDER}/${assets.take(`${note.slice(0, -'.md'.length)}-${local.size + 1}`, `.${EXTENSIONS[row.type ?? ''] ?? 'img'}`)}`;
            zip.addBytes(`${folder}/${path}`, new Uint8Array(await row.blob.arrayBuffer()), item.savedAt);
            written.set(key, path);
          }
          local.set(key, relativeLink(path));
        }
      }
      zip.addText(
        `${folder}/${note}`,
        itemMarkdown(item, (key) => local.get(key) ?? remoteImages(key)),
        item.updatedAt,
      );
    }
    onProgress?.({ done: Math.min(total, start + CHUNK), total });
  }
  return zip.finish();
}
