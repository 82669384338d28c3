import { beforeEach, describe, expect, it } from 'vitest';
import type { Browser } from 'wxt/browser';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { handleMessage } from '../../../lib/background/handle-message';
import { deleteJobEvent, saveClip, saveJobEvent } from '../../../lib/db/items';
import type { ClipperDB, JobItem } from '../../../lib/db/schema';
import { eventsOf, MAX_JOB_EVENTS, nextEvent, type JobEvent } from '../../../lib/job-events';
import { mergeUserData } from '../../../lib/library/merge-items';
import { articleClip, freshDb, postingJob } from './clips';

const posting = postingJob('jobs-detail-1324373');
const ID = 'job:1324373';
const NOW = Date.UTC(2026, 11, 4, 10);
const DAY = 86_400_000;

const screen: JobEvent = { id: 'screen', kind: 'phone-screen', at: NOW + DAY, notes: 'Recruiter call' };
const loop: JobEvent = { id: 'loop', kind: 'onsite', at: NOW + 5 * DAY, notes: '' };

let db: ClipperDB;
beforeEach(async () => {
  fakeBrowser.reset();
  db = freshDb();
  await saveClip(db, posting, posting.url, { now: NOW - DAY });
});

async function job(): Promise<JobItem> {
  return (await db.items.get(ID)) as JobItem;
}

describe('interview events on a job', () => {
  it('a job saved before events existed has none, and no next event', async () => {
    const old = await job();
    expect('events' in old).toBe(false);
    expect(eventsOf(old)).toEqual([]);
    expect(nextEvent(old, NOW)).toBeNull();
  });

  it('adds events soonest first, edits one by its id, removes one', async () => {
    await saveJobEvent(db, ID, loop, NOW);
    await saveJobEvent(db, ID, screen, NOW);
    expect((await job()).events).toEqual([screen, loop]);
    const moved = { ...screen, at: NOW + 7 * DAY, notes: 'Moved' };
    await saveJobEvent(db, ID, moved, NOW);
    expect((await job()).events).toEqual([loop, moved]);
    await deleteJobEvent(db, ID, 'loop', NOW);
    expect((await job()).events).toEqual([moved]);
    expect(nextEvent(await job(), NOW)).toEqual(moved);
    // The status history is untouched beside them.
    expect((await job()).statusHistory).toEqual([{ status: 'saved', at: NOW - DAY }]);
  });

  it('saving the posting again keeps the events (regression: a re-save rebuilt the item without them)', async () => {
    await saveJobEvent(db, ID, screen, NOW);
    await saveClip(db, posting, 'https://amazon.jobs/de/jobs/1324373', { now: NOW + 1 });
    expect((await job()).events).toEqual([screen]);
  });

  it('the next event is the first that has not started', async () => {
    await saveJobEvent(db, ID, { ...screen, at: NOW - DAY }, NOW);
    await saveJobEvent(db, ID, loop, NOW);
    expect(nextEvent(await job(), NOW)?.id).toBe('loop');
  });

  it(`refuses more than ${MAX_JOB_EVENTS} events with a message`, async () => {
    for (let i = 0; i < MAX_JOB_EVENTS; i++) await saveJobEvent(db, ID, { ...loop, id: `e${i}`, at: NOW + i }, NOW);
    await expect(saveJobEvent(db, ID, { ...loop, id: 'one-more' }, NOW)).rejects.toThrow(/at most 200 events/);
    // Editing one of them is still allowed.
    await saveJobEvent(db, ID, { ...loop, id: 'e0', notes: 'edited' }, NOW);
  });

  it('only jobs have events', async () => {
    const leino = articleClip('science-profile-leino');
    const article = await saveClip(db, leino, leino.url);
    await expect(saveJobEvent(db, article.id, screen)).rejects.toThrow(/Only job postings/);
  });

  it('merging two copies keeps every event once', async () => {
    const base = { ...(await job()), events: [screen] };
    const other = { ...(await job()), events: [{ ...screen, notes: 'other copy' }, loop] };
    expect(mergeUserData(base, [other]).events).toEqual([screen, loop]);
    expect(mergeUserData(base, [base])).toEqual(base);
    const old = await job();
    expect(mergeUserData(old, [old])).toEqual(old);
  });
});

describe('event messages', () => {
  const send = (message: unknown) => handleMessage(db, message, { tab: { id: 7 } as Browser.tabs.Tab });

  it('the background writes an event sent by the board, and removes it', async () => {
    expect(await send({ type: 'save-job-event', itemId: ID, event: screen })).toMatchObject({ ok: true });
    expect((await job()).events).toEqual([screen]);
    expect(await send({ type: 'delete-job-event', itemId: ID, eventId: 'screen' })).toMatchObject({ ok: true });
    expect((await job()).events).toEqual([]);
  });

  it.each([
    ['an unknown kind', { ...screen, kind: 'lunch' }],
    ['an id with spaces', { ...screen, id: 'a b' }],
    ['a time that is not a number', { ...screen, at: '2026-12-05' }],
    ['notes that are too long', { ...screen, notes: 'x'.repeat(10_001) }],
  ])('refuses an event with %s and writes nothing', async (_, event) => {
    const reply = await send({ type: 'save-job-event', itemId: ID, event });
    expect(reply.ok).toBe(false);
    expect((await job()).events).toBeUndefined();
  });
});
