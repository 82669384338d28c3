// @vitest-environment node
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { deleteItems, replaceArticleClip, saveClip } from '../../../lib/db/items';
import { ClipperDB, type ArticleItem } from '../../../lib/db/schema';
import { capturePendingImages, resumePendingImages } from '../../../lib/images/pending';
import { articleClip } from '../helpers/content-fakes';
import { postingJob } from '../db/clips';

// Issue 11, point 6: picture downloads lived only in the service worker's memory, so a worker
// stopped mid-download left pictures neither fetched nor marked missing. The work is now written
// with the item and crossed out when done; a new start resumes what is left.

const PAGE = 'https://www.amazon.science/blog/pictures';
const HERO = 'https://assets.amazon.science/dims4/default/1/hero.jpg';
const FIGURE = 'https://cdn.amazon.science/figure.png';
const PNG = Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
const clip = articleClip({
  url: PAGE,
  title: 'Pictures',
  html: `<p>x</p><img src="${FIGURE}" alt="f">`,
  hero: { src: HERO, alt: null, caption: null, credit: null },
});

const serving = (async () => new Response(PNG)) as unknown as typeof fetch;
/** A fetch that never answers: the worker is stopped while it waits. */
const stalled = (() => new Promise<Response>(() => undefined)) as typeof fetch;

let db: ClipperDB;
beforeEach(() => {
  db = new ClipperDB(`pending-${Math.random()}`);
});
afterEach(() => db.delete());

async function save(now = 1_000): Promise<ArticleItem> {
  return (await saveClip(db, clip, PAGE, { now })) as ArticleItem;
}

describe('pending picture downloads', () => {
  it('are written with the article, in its transaction; a job has none', async () => {
    const item = await save();
    expect(await db.pendingImages.toArray()).toEqual([{ itemId: item.id, since: 1_000 }]);
    await saveClip(db, postingJob('jobs-detail-1324373'), 'https://www.amazon.jobs/en/jobs/1324373/x');
    expect(await db.pendingImages.count()).toBe(1);
  });

  it('are crossed out once the pictures are stored', async () => {
    const item = await save();
    await capturePendingImages(db, item, serving);
    expect(await db.pendingImages.count()).toBe(0);
    expect((await db.images.toArray()).map((row) => row.status)).toEqual(['ok', 'ok']);
  });

  it('left by a worker stopped mid-download are resumed on the next start, and then crossed out', async () => {
    const item = await save();
    void capturePendingImages(db, item, stalled);
    await new Promise((resolve) => setTimeout(resolve, 50));
    // The worker stops here: nothing was stored, and nothing says the pictures are missing either.
    expect(await db.images.count()).toBe(0);
    expect(await db.pendingImages.count()).toBe(1);
    expect(await resumePendingImages(db, serving)).toBe(1);
    expect(await db.pendingImages.count()).toBe(0);
    expect((await db.images.toArray()).map((row) => [row.src, row.status, row.itemIds])).toEqual([
      [HERO, 'ok', [item.id]],
      [FIGURE, 'ok', [item.id]],
    ]);
  });

  it('a picture that cannot be had is recorded missing, and the work is done all the same', async () => {
    const item = await save();
    await capturePendingImages(db, item, (async () => new Response('gone', { status: 404 })) as unknown as typeof fetch);
    expect(await db.pendingImages.count()).toBe(0);
    expect((await db.images.toArray()).map((row) => row.status)).toEqual(['missing', 'missing']);
  });

  it('a capture finishing for an older write leaves the newer write pending', async () => {
    const first = await save(1_000);
    await save(2_000);
    await capturePendingImages(db, first, serving);
    expect(await db.pendingImages.toArray()).toEqual([{ itemId: first.id, since: 2_000 }]);
  });

  it('follow re-extraction and deletion', async () => {
    const item = await save();
    await capturePendingImages(db, item, serving);
    await replaceArticleClip(db, item.id, { ...clip, title: 'Pictures again' }, 3_000);
    expect(await db.pendingImages.toArray()).toEqual([{ itemId: item.id, since: 3_000 }]);
    await deleteItems(db, [item.id]);
    expect(await db.pendingImages.count()).toBe(0);
  });

  it('of an item deleted before the worker came back are simply dropped', async () => {
    const item = await save();
    await db.items.delete(item.id);
    expect(await resumePendingImages(db, serving)).toBe(0);
    expect(await db.pendingImages.count()).toBe(0);
  });
});
