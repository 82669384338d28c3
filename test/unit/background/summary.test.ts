import { beforeEach, describe, expect, it } from 'vitest';
import { saveClip, setStatus } from '../../../lib/db/items';
import type { ClipperDB } from '../../../lib/db/schema';
import { readPageState } from '../../../lib/background/summary';
import { articleClip, cardOf, expected, freshDb, postingJob } from '../db/clips';

const leino = articleClip('science-profile-leino');
const posting = postingJob('jobs-detail-1324373');
const cardIds = (expected('science-profile-leino').jobIds as string[]).slice(0, 3);

let db: ClipperDB;
beforeEach(() => {
  db = freshDb();
});

describe('readPageState', () => {
  it('finds a saved article from any spelling of its address', async () => {
    await saveClip(db, leino, leino.url);
    const state = await readPageState(db, {
      pageUrl: `${leino.url.replace('www.', '')}/?utm_source=x#top`,
      kind: 'profile',
      jobId: null,
      jobIds: [],
    });
    expect(state).toEqual({
      saved: { itemId: `url:${leino.url}`, kind: 'profile', title: leino.title, status: null, statusAt: null, cardOnly: false, pay: null },
      savedJobs: {},
    });
  });

  it('finds a saved job page by its id and reports when its status last changed', async () => {
    await saveClip(db, posting, posting.url, { now: 1 });
    await setStatus(db, 'job:1324373', 'applied', 7);
    const byId = await readPageState(db, { pageUrl: posting.url, kind: 'job', jobId: '1324373', jobIds: [] });
    expect(byId.saved).toEqual({
      itemId: 'job:1324373',
      kind: 'job',
      title: posting.title,
      status: 'applied',
      statusAt: 7,
      cardOnly: false,
      pay: null,
    });
    const byAddress = await readPageState(db, { pageUrl: 'https://amazon.jobs/de/jobs/1324373', kind: 'job', jobId: null, jobIds: [] });
    expect(byAddress.saved?.itemId).toBe('job:1324373');
  });

  it("lists only the page's saved job cards, by job id", async () => {
    await saveClip(db, leino, leino.url);
    const [first, , third] = cardIds;
    await saveClip(db, { ...cardOf(posting), jobId: first!, title: 'Card one' }, leino.url, { now: 3 });
    await saveClip(db, { ...cardOf(posting), jobId: third!, title: 'Card three' }, leino.url, { now: 4 });
    const state = await readPageState(db, { pageUrl: leino.url, kind: 'profile', jobId: null, jobIds: cardIds });
    expect(state.savedJobs).toEqual({
      [first!]: { itemId: `job:${first}`, kind: 'job', title: 'Card one', status: 'saved', statusAt: 3, cardOnly: true, pay: null },
      [third!]: { itemId: `job:${third}`, kind: 'job', title: 'Card three', status: 'saved', statusAt: 4, cardOnly: true, pay: null },
    });
  });

  it('has no saved item for a page that is not clipped', async () => {
    await saveClip(db, leino, leino.url);
    const state = await readPageState(db, { pageUrl: leino.url, kind: null, jobId: null, jobIds: [] });
    expect(state).toEqual({ saved: null, savedJobs: {} });
  });
});

describe('cardOnly', () => {
  it('is true for a job known only from a card, and false once its posting page was saved', async () => {
    await saveClip(db, cardOf(posting), 'https://www.amazon.science/blog/x');
    const page = { pageUrl: posting.url, kind: 'job' as const, jobId: posting.jobId, jobIds: [] };
    expect((await readPageState(db, page)).saved?.cardOnly).toBe(true);
    await saveClip(db, posting, posting.url);
    expect((await readPageState(db, page)).saved?.cardOnly).toBe(false);
  });
});

describe('pay', () => {
  it('tells the widget a saved posting’s pay in the compact form', async () => {
    const pxt = postingJob('jobs-2024-nextjs-pxt');
    await saveClip(db, pxt, pxt.url);
    const state = await readPageState(db, { pageUrl: pxt.url, kind: 'job', jobId: pxt.jobId, jobIds: [] });
    expect(state.saved?.pay).toBe('USD 151k–288k/yr');
  });
});
