import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { ClipperDB } from '../../../lib/db/schema';
import { articleItem, jobItem } from '../ui/helpers';

// The library's requests, through the background's dispatcher: checked, then one call into lib/.

let db: ClipperDB;
beforeEach(() => {
  fakeBrowser.reset();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
  db = new ClipperDB(`test-${Math.random()}`);
});
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  await db.delete();
});

const send = (message: unknown) => handleMessage(db, message, {});
const leino = articleItem('science-profile-leino', { tags: ['to read'] });
const job = jobItem('jobs-detail-1324373', { tags: ['to read'] });

describe('library requests', () => {
  test('rename-tag, merge-tags and bulk-tag answer how many items changed', async () => {
    await db.items.bulkPut([leino, job]);
    expect(await send({ type: 'rename-tag', from: 'to read', to: 'reading' })).toEqual({ ok: true, data: { changed: 2 } });
    expect(await send({ type: 'bulk-tag', itemIds: [job.id], add: ['berlin'], remove: ['reading'] })).toEqual({
      ok: true,
      data: { changed: 1 },
    });
    expect(await send({ type: 'merge-tags', from: ['berlin'], into: 'reading' })).toEqual({ ok: true, data: { changed: 1 } });
    expect((await db.items.get(job.id))!.tags).toEqual(['reading']);
  });

  test('a refused tag edit or merge comes back as a message the page shows as is', async () => {
    await db.items.bulkPut([leino, job]);
    expect(await send({ type: 'rename-tag', from: 'to read', to: '  ' })).toEqual({ ok: false, error: 'A tag cannot be empty.' });
    expect(await send({ type: 'merge-duplicates', itemIds: [leino.id, job.id] })).toEqual({
      ok: false,
      error: 'A job posting cannot be merged with an article.',
    });
  });
});
