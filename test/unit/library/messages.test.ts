import { Blob as NodeBlob } from 'node:buffer';
import { afterEach, beforeEach, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '@/lib/background/handle-message';
import { ClipperDB } from '@/lib/db/schema';
import { exportParts } from '@/lib/export/library-json';
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
  /** The page's file, as the background fetches it from its blob: address. */
  function serveFile(text: string): string {
    const url = `blob:${self.location.origin}/${Math.random()}`;
    vi.stubGlobal('fetch', async (asked: string) => {
      if (asked !== url) throw new TypeError('Failed to fetch');
      return new Response(text, { headers: { 'content-length': String(new NodeBlob([text]).size) } });
    });
    return url;
  }

  test('preview-import says what the file would do and writes nothing; import-file imports it whole', async () => {
    await db.items.put(leino);
    const url = serveFile(exportParts([{ ...leino, tags: ['to read', 'new'] }, job, { ...job, id: 'job:1', clip: { ...job.clip, jobId: 'x' } }]).join(''));
    const preview = await send({ type: 'preview-import', url });
    expect(preview).toMatchObject({ ok: true, data: { counts: { new: 1, updated: 1, unchanged: 0 }, invalidCount: 1, invalid: [{ index: 2 }] } });
    expect(await db.items.count()).toBe(1);
    expect(await send({ type: 'import-file', url })).toEqual({ ok: true, data: { new: 1, updated: 1, unchanged: 0, invalid: 1 } });
    expect((await db.items.get(leino.id))!.tags).toEqual(['to read', 'new']);
    expect(await db.items.get(job.id)).toEqual(job);
  });

  test('a file that is not an export is refused with its message, and nothing is written', async () => {
    const url = serveFile('{"format":"other"}');
    expect(await send({ type: 'preview-import', url })).toEqual({ ok: false, error: expect.stringMatching(/^This is not a Science Clipper export/) });
    expect(await send({ type: 'import-file', url })).toMatchObject({ ok: false });
    expect(await db.items.count()).toBe(0);
  });

  test('only a blob: address of the extension itself is read', async () => {
    serveFile(exportParts([job]).join(''));
    for (const url of ['https://evil.example/library.json', 'blob:https://www.amazon.science/1234', 'blob:nonsense']) {
      expect(await send({ type: 'import-file', url })).toEqual({ ok: false, error: 'Only a file chosen in Science Clipper’s own pages can be imported.' });
    }
    expect(await db.items.count()).toBe(0);
  });

  test('rename-tag, merge-tags and bulk-tag answer how many items changed', async () => {
    await db.items.bulkPut([leino, job]);
    expect(await send({ type: 'rename-tag', from: 'to read', to: 'reading' })).toEqual({ ok: true, data: { changed: 2 } });
    expect(await send({ type: 'bulk-tag', itemIds: [job.id], add: ['berlin'], remove: ['reading'] })).toEqual({ ok: true, data: { changed: 1 } });
    expect(await send({ type: 'merge-tags', from: ['berlin'], into: 'reading' })).toEqual({ ok: true, data: { changed: 1 } });
    expect((await db.items.get(job.id))!.tags).toEqual(['reading']);
  });

  test('a refused tag edit or merge comes back as a message the page shows as is', async () => {
    await db.items.bulkPut([leino, job]);
    expect(await send({ type: 'rename-tag', from: 'to read', to: '  ' })).toEqual({ ok: false, error: 'A tag cannot be empty.' });
    expect(await send({ type: 'merge-duplicates', itemIds: [leino.id, job.id] })).toEqual({ ok: false, error: 'A job posting cannot be merged with an article.' });
  });
});
