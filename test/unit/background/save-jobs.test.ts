// "Save all" through the background: one message, one transaction, already saved jobs skipped.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { saveClip, setStatus } from '../../../lib/db/items';
import type { ClipperDB, JobItem } from '../../../lib/db/schema';
import type { Reply } from '../../../lib/messages';
import type { Job } from '../../../lib/types';
import { readCards } from '../../../lib/extract/registry';
import { freshDb, postingJob } from '../db/clips';
import { loadFixture } from '../helpers/fixtures';

// The jobs as the content script reads them from the careers list fixture.
const careers = loadFixture('science-careers');
const listJobs: Job[] = readCards(careers.doc, careers.url).map((card) => card.job);
const listUrl = careers.url.href;
const tab = { id: 7 } as Browser.tabs.Tab;

let db: ClipperDB;

beforeEach(() => {
  fakeBrowser.reset();
  db = freshDb();
  vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
});

afterEach(() => {
  vi.restoreAllMocks();
});

async function saveAll(jobs: readonly Job[]) {
  const reply = (await handleMessage(db, { type: 'save-jobs', jobs, pageUrl: listUrl }, { tab })) as Reply<'save-jobs'>;
  if (!reply.ok) throw new Error(reply.error);
  return reply.data;
}

describe('save-jobs', () => {
  it('saves every job of the list once, as "saved" from the list page', async () => {
    expect(listJobs.length).toBeGreaterThan(2);
    const reply = await saveAll(listJobs);
    expect(reply).toMatchObject({ added: listJobs.length, alreadySaved: 0 });
    expect(Object.keys(reply.savedJobs).sort()).toEqual(listJobs.map((job) => job.jobId).sort());
    const items = (await db.items.toArray()) as JobItem[];
    expect(items.map((item) => item.clip.jobId).sort()).toEqual(listJobs.map((job) => job.jobId).sort());
    for (const item of items) {
      expect(item.status).toBe('saved');
      expect(item.sourceUrls).toEqual([listUrl]);
    }
  });

  it('adds nothing the second time', async () => {
    await saveAll(listJobs);
    const before = await db.items.toArray();
    expect(await saveAll(listJobs)).toMatchObject({ added: 0, alreadySaved: listJobs.length });
    expect(await db.items.toArray()).toEqual(before);
  });

  it('skips a job saved before, keeping its status and its richer posting clip, and reports its status', async () => {
    const posting = postingJob('jobs-detail-1324373');
    await saveClip(db, posting, posting.url, { now: 1 });
    await setStatus(db, 'job:1324373', 'applied', 2);
    const card: Job = { ...listJobs[0]!, jobId: '1324373', url: posting.url, company: null, description: 'A teaser.' };
    const reply = await saveAll([card, ...listJobs.slice(1)]);
    expect(reply).toMatchObject({ added: listJobs.length - 1, alreadySaved: 1 });
    expect(reply.savedJobs['1324373']).toMatchObject({ status: 'applied', statusAt: 2 });
    const stored = (await db.items.get('job:1324373')) as JobItem;
    expect(stored.clip).toEqual(posting);
    expect(stored.updatedAt).toBe(2);
  });

  it('saves a job listed twice once, by its job id', async () => {
    const twice = [listJobs[0]!, { ...listJobs[0]!, url: `${listJobs[0]!.url}?utm_source=x` }];
    expect(await saveAll(twice)).toMatchObject({ added: 1, alreadySaved: 0 });
    expect(await db.items.count()).toBe(1);
  });

  it('writes the whole list or none of it', async () => {
    const put = vi.spyOn(db.items, 'bulkPut').mockRejectedValueOnce(new DOMException('The disk is full', 'QuotaExceededError'));
    const reply = await handleMessage(db, { type: 'save-jobs', jobs: listJobs, pageUrl: listUrl }, { tab });
    expect(reply.ok).toBe(false);
    expect(reply.ok ? '' : reply.error).not.toMatch(/QuotaExceededError|DOMException/);
    expect(await db.items.count()).toBe(0);
    put.mockRestore();
  });

  it('refuses an empty list or a job without a valid id', async () => {
    for (const jobs of [[], [{ ...listJobs[0]!, jobId: 'abc' }]]) {
      const reply = await handleMessage(db, { type: 'save-jobs', jobs, pageUrl: listUrl }, { tab });
      expect(reply.ok).toBe(false);
    }
    expect(await db.items.count()).toBe(0);
  });
});
