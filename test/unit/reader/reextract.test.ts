import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { saveClip, setJobDetails, setStatus, setTags } from '../../../lib/db/items';
import { ClipperDB, type ArticleItem } from '../../../lib/db/schema';
import { gunzipText, gzipText, readSnapshot } from '../../../lib/db/snapshots';
import { extractPage } from '../../../lib/extract/registry';
import { EXTRACTOR_VERSION } from '../../../lib/extract/version';
import { domParse, reextractLibrary, type ReextractDeps, type ReextractRequest } from '../../../lib/reextract';
import type { ArticleClip } from '../../../lib/types';
import { readerFixture } from './fixtures';

let db: ClipperDB;
let count = 0;
const written: ArticleItem[] = [];

beforeEach(() => {
  fakeBrowser.reset();
  db = new ClipperDB(`reextract-test-${++count}`);
  written.length = 0;
});
afterEach(() => db.delete());

/** The real background path: message validation, the store, and the hook that captures images. */
function deps(overrides: Partial<ReextractDeps> = {}): ReextractDeps {
  return {
    db,
    parse: domParse,
    send: async (request: ReextractRequest) => {
      const reply = await handleMessage(db, request, {}, { articleWritten: (item) => written.push(item) });
      if (!reply.ok) throw new Error(reply.error);
      return reply.data as never;
    },
    ...overrides,
  };
}

/** Saves a fixture as the content script does: its clip, read at its address, and the page's html. */
async function saveFixture(name: string): Promise<{ clip: ArticleClip; id: string; html: string; source: string }> {
  const fixture = readerFixture(name);
  const clip = extractPage(fixture.document(), new URL(fixture.source));
  if (clip.kind !== 'article' && clip.kind !== 'profile') throw new Error(`${name} read as ${clip.kind}`);
  const item = await saveClip(db, clip, fixture.source, { html: fixture.html, now: 1_000 });
  return { clip, id: item.id, html: fixture.html, source: fixture.source };
}

/** What an older, worse extractor would have stored. */
async function ageItem(id: string) {
  const item = (await db.items.get(id)) as ArticleItem;
  const old: ArticleClip = { ...item.clip, title: 'Old title', person: null, qa: [], researchAreas: [] };
  await db.items.put({ ...item, clip: old, title: old.title, extractorVersion: 0 });
}

describe('snapshot round trip', () => {
  it.each(['science-profile-leino', 'hostile-xss'])('gives back %s byte for byte after gzip and gunzip', async (name) => {
    const { html } = readerFixture(name);
    const gzip = await gzipText(html);
    expect(gzip.byteLength).toBeLessThan(html.length / 2);
    expect(await gunzipText(gzip)).toBe(html);
  });

  it('keeps the page saved with an item, readable by its id', async () => {
    const { id, html } = await saveFixture('science-qa-rastogi');
    expect(await readSnapshot(id, db)).toBe(html);
  });
});

describe('reextractLibrary', () => {
  it('replaces an old clip with the one read again from the snapshot, keeping the user’s tags, dates and addresses', async () => {
    const { clip, id, source } = await saveFixture('science-profile-leino');
    await setTags(db, id, ['verification', 'to read'], 2_000);
    await ageItem(id);
    const before = (await db.items.get(id)) as ArticleItem;

    const report = await reextractLibrary(deps());

    expect(report.counts.updated).toBe(1);
    const after = (await db.items.get(id)) as ArticleItem;
    expect(after.clip).toEqual(clip);
    expect(after.title).toBe(clip.title);
    expect(after.extractorVersion).toBe(EXTRACTOR_VERSION);
    expect(after.tags).toEqual(['verification', 'to read']);
    expect(after.savedAt).toBe(before.savedAt);
    expect(after.sourceUrls).toEqual([source]);
    expect(written.map((item) => item.id)).toEqual([id]);
  });

  it('leaves job items, their status, notes and follow-up alone', async () => {
    const { clip } = await saveFixture('science-profile-leino');
    const job = await saveClip(db, clip.jobs[0]!, clip.url, { now: 1_000 });
    await setStatus(db, job.id, 'interviewing', 3_000);
    await setJobDetails(db, job.id, { notes: 'Call on Monday', followUp: '2026-12-01' }, 4_000);
    const before = await db.items.get(job.id);

    await reextractLibrary(deps());

    expect(await db.items.get(job.id)).toEqual(before);
  });

  it('reads a snapshot as the live page was read, relative links and all', async () => {
    const { clip, id } = await saveFixture('science-qa-rastogi');
    await ageItem(id);
    await reextractLibrary(deps());
    expect(((await db.items.get(id)) as ArticleItem).clip).toEqual(clip);
  });

  it('sends nothing for an item whose clip would not change, nor for one without a snapshot', async () => {
    await saveFixture('science-blog-overfit');
    const withoutSnapshot = await saveClip(db, { ...(await saveFixture('science-qa-rastogi')).clip }, 'https://www.amazon.science/x');
    await db.snapshots.delete(withoutSnapshot.id);
    const send = vi.fn();
    const report = await reextractLibrary(deps({ send }));
    expect(send).not.toHaveBeenCalled();
    expect(report.counts).toMatchObject({ unchanged: 1, 'no-snapshot': 1, updated: 0 });
  });

  it('runs nothing from a hostile snapshot while reading it, and reads it as the live page was read', async () => {
    const spy = vi.fn();
    (window as unknown as { __xss: unknown }).__xss = spy;
    const { id, clip } = await saveFixture('hostile-xss');
    await ageItem(id);
    const report = await reextractLibrary(deps());
    expect(report.counts.updated).toBe(1);
    expect(((await db.items.get(id)) as ArticleItem).clip).toEqual(clip);
    expect(spy).not.toHaveBeenCalled();
    delete (window as unknown as { __xss?: unknown }).__xss;
  });

  it('goes on after an item that fails, and reports it', async () => {
    const leino = await saveFixture('science-profile-leino');
    const rastogi = await saveFixture('science-qa-rastogi');
    await ageItem(leino.id);
    await ageItem(rastogi.id);
    const real = deps();
    const progress: number[] = [];
    const report = await reextractLibrary(
      {
        ...real,
        send: (request) => (request.itemId === leino.id ? Promise.reject(new Error('disk full')) : real.send(request)),
      },
      (done) => progress.push(done),
    );
    expect(report.counts).toMatchObject({ updated: 1, failed: 1 });
    expect(report.failures).toEqual([{ itemId: leino.id, title: 'Old title', error: 'disk full' }]);
    expect(((await db.items.get(rastogi.id)) as ArticleItem).clip).toEqual(rastogi.clip);
    expect(progress).toEqual([1, 2]);
  });

  it('refuses, through the background, a clip for another page than the item', async () => {
    const leino = await saveFixture('science-profile-leino');
    const rastogi = await saveFixture('science-qa-rastogi');
    const reply = await handleMessage(db, { type: 'reextract-item', itemId: leino.id, clip: rastogi.clip }, {});
    expect(reply.ok).toBe(false);
    expect(((await db.items.get(leino.id)) as ArticleItem).clip).toEqual(leino.clip);
  });
});
