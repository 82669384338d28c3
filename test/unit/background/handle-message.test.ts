import Dexie from 'dexie';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import type { ClipperDB } from '../../../lib/db/schema';
import { articleClip, expected, freshDb, postingJob } from '../db/clips';

const leino = articleClip('science-profile-leino');
const visited = expected('science-profile-leino')._source;
const posting = postingJob('jobs-detail-1324373');
const tab = { id: 7 } as Browser.tabs.Tab;

let db: ClipperDB;
let sentToTabs: ReturnType<typeof vi.fn>;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([{ id: 7 }, { id: 8 }] as never);
  // Tab 8 was open before the extension was installed: it has no content script.
  sentToTabs = vi.fn(async (tabId: number) => {
    if (tabId === 8) throw new Error('Could not establish connection. Receiving end does not exist.');
  });
  fakeBrowser.tabs.sendMessage = sentToTabs as never;
});

afterEach(() => {
  vi.restoreAllMocks();
});

const send = (message: unknown) => handleMessage(db, message, { tab });

describe('handleMessage', () => {
  it.each([
    ['no type', { clip: leino, pageUrl: visited }],
    ['an unknown type', { type: 'drop-database' }],
    ['a clip missing its title', { type: 'save-clip', clip: { ...leino, title: undefined }, pageUrl: visited }],
    ['a job id that is not digits', { type: 'save-job', job: { ...posting, jobId: '12a' }, pageUrl: visited }],
    ['an unknown status', { type: 'set-status', itemId: 'job:1324373', status: 'hired' }],
    ['tags that are not a list', { type: 'set-tags', itemId: `url:${leino.url}`, tags: 'ml' }],
    ['not an object', 'save-clip'],
  ])('answers a message with %s by an error and writes nothing', async (_, message) => {
    const reply = await send(message);
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).toMatch(/^Invalid message/);
    expect(await db.items.count()).toBe(0);
    expect(sentToTabs).not.toHaveBeenCalled();
  });

  it('saves a clip, marks its tab saved and tells every open page of our sites', async () => {
    const reply = await send({ type: 'save-clip', clip: leino, pageUrl: visited, html: '<p>page</p>' });
    expect(reply).toEqual({
      ok: true,
      data: { itemId: `url:${leino.url}`, kind: 'profile', title: leino.title, status: null, statusAt: null, cardOnly: false },
    });
    expect(await db.items.count()).toBe(1);
    expect(await db.snapshots.count()).toBe(1);
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('✓');
    expect(sentToTabs.mock.calls).toEqual([
      [7, { type: 'refresh-state' }],
      [8, { type: 'refresh-state' }],
    ]);
  });

  it('saves a job card from an article page as its own job item', async () => {
    const reply = await send({ type: 'save-job', job: posting, pageUrl: leino.url });
    expect(reply).toMatchObject({ ok: true, data: { itemId: 'job:1324373', kind: 'job', status: 'saved' } });
    expect((await db.items.get('job:1324373'))?.sourceUrls).toEqual([leino.url]);
  });

  it('saves a job sent without pay (a content script from before pay was read) with pay []', async () => {
    const { pay: _none, ...withoutPay } = posting;
    expect(await send({ type: 'save-job', job: withoutPay, pageUrl: leino.url })).toMatchObject({ ok: true });
    const item = await db.items.get('job:1324373');
    expect(item?.kind === 'job' && item.clip.pay).toEqual([]);
  });

  it('answers page-state with what is saved and sets the badge, without a refresh', async () => {
    await send({ type: 'save-job', job: posting, pageUrl: leino.url });
    sentToTabs.mockClear();
    const reply = await send({ type: 'page-state', pageUrl: visited, kind: 'profile', jobId: null, jobIds: ['1324373', '99'] });
    expect(reply).toMatchObject({ ok: true, data: { saved: null, savedJobs: { '1324373': { itemId: 'job:1324373' } } } });
    expect(await fakeBrowser.action.getBadgeText({ tabId: 7 })).toBe('+');
    expect(sentToTabs).not.toHaveBeenCalled();
  });

  it('runs user edits and deletes', async () => {
    await send({ type: 'save-job', job: posting, pageUrl: posting.url });
    expect(await send({ type: 'set-tags', itemId: 'job:1324373', tags: ['NLP', ' nlp'] })).toEqual({ ok: true, data: { tags: ['nlp'] } });
    expect(await send({ type: 'set-status', itemId: 'job:1324373', status: 'applied' })).toMatchObject({
      ok: true,
      data: { status: 'applied' },
    });
    expect(await send({ type: 'set-job-details', itemId: 'job:1324373', notes: 'Call Mon' })).toMatchObject({ ok: true });
    expect((await db.items.get('job:1324373')) as { notes: string }).toMatchObject({ notes: 'Call Mon', tags: ['nlp'] });
    expect(await send({ type: 'delete-items', itemIds: ['job:1324373'] })).toEqual({ ok: true, data: { deleted: 1 } });
    expect(await db.items.count()).toBe(0);
  });

  it('turns a full disk into a message the widget can show, and writes nothing', async () => {
    const quota = new Dexie.QuotaExceededError('The current transaction exceeded its quota limitations.');
    vi.spyOn(db.items, 'put').mockRejectedValue(new Dexie.AbortError('Transaction aborted', quota));
    const reply = await send({ type: 'save-clip', clip: leino, pageUrl: visited, html: '<p>page</p>' });
    expect(reply).toEqual({ ok: false, error: expect.stringContaining('no storage space left') });
    expect(await db.items.count()).toBe(0);
    expect(await db.snapshots.count()).toBe(0);
    expect(sentToTabs).not.toHaveBeenCalled();
  });

  it('reports any other database failure as an error reply', async () => {
    db.close();
    const reply = await send({ type: 'save-job', job: posting, pageUrl: posting.url });
    expect(reply).toEqual({ ok: false, error: expect.stringMatching(/^The library could not be updated \(.+\)/) });
  });

  it('explains an edit of an item that was deleted meanwhile', async () => {
    expect(await send({ type: 'set-status', itemId: 'job:1', status: 'applied' })).toEqual({
      ok: false,
      error: 'This item is no longer in your library.',
    });
  });
});
