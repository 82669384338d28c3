import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { ClipperDB, type ArticleItem } from '../../../lib/db/schema';
import { captureImages } from '../../../lib/images/capture';
import { articleClip, expected, postingJob } from '../db/clips';

const leino = articleClip('science-profile-leino');
const visited = expected('science-profile-leino')._source;

let db: ClipperDB;
let count = 0;
beforeEach(() => {
  fakeBrowser.reset();
  db = new ClipperDB(`save-hook-test-${++count}`);
});
afterEach(() => db.delete());

describe('images after a save', () => {
  it('are asked for an article, never for a job', async () => {
    const written: string[] = [];
    const hooks = { articleWritten: (item: ArticleItem) => written.push(item.id) };
    await handleMessage(db, { type: 'save-clip', clip: leino, pageUrl: visited }, {}, hooks);
    await handleMessage(db, { type: 'save-clip', clip: postingJob('jobs-detail-1324373'), pageUrl: visited }, {}, hooks);
    await handleMessage(db, { type: 'save-job', job: leino.jobs[0]!, pageUrl: visited }, {}, hooks);
    expect(written).toEqual([`url:${leino.url}`]);
  });

  it('do not hold up the save: it is stored and acknowledged while the pictures are still downloading', async () => {
    let downloads = 0;
    const hanging = (() => {
      downloads++;
      return new Promise<Response>(() => {});
    }) as typeof fetch;
    const hooks = { articleWritten: (item: ArticleItem) => void captureImages(db, item.id, item.clip, hanging) };
    const clip = { ...leino, hero: { src: 'https://assets.amazon.science/leino.jpg', alt: null, caption: null, credit: null } };
    const reply = await handleMessage(db, { type: 'save-clip', clip, pageUrl: visited }, {}, hooks);
    expect(reply).toMatchObject({ ok: true, data: { itemId: `url:${leino.url}` } });
    expect((await db.items.get(`url:${leino.url}`))?.title).toBe(leino.title);
    // The first picture is being fetched, and will never arrive: the save did not wait for it.
    await vi.waitFor(() => expect(downloads).toBe(1));
  });
});
