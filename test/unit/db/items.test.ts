import { beforeEach, describe, expect, it } from 'vitest';
import { deleteItems, itemIdOf, normalizeTags, saveClip, setJobDetails, setStatus, setTags, StoreError } from '../../../lib/db/items';
import type { ClipperDB, JobItem } from '../../../lib/db/schema';
import { EXTRACTOR_VERSION } from '../../../lib/extract/version';
import { articleClip, cardOf, expected, freshDb, postingJob } from './clips';

const leino = articleClip('science-profile-leino');
const leinoVisited = expected('science-profile-leino')._source;
const posting = postingJob('jobs-detail-1324373');
const postingVisited = expected('jobs-detail-1324373')._source;
const articleWithCard = 'https://www.amazon.science/blog/why-dont-machine-learning-research-agents-overfit';

let db: ClipperDB;
beforeEach(() => {
  db = freshDb();
});

async function job(id: string): Promise<JobItem> {
  const item = await db.items.get(id);
  if (item?.kind !== 'job') throw new Error(`${id} is not a saved job`);
  return item;
}

describe('item ids', () => {
  it('keys articles by canonical address and jobs by job id', () => {
    expect(itemIdOf(leino)).toBe(`url:${leino.url}`);
    expect(itemIdOf({ ...leino, url: `${leino.url}/#top` })).toBe(`url:${leino.url}`);
    expect(itemIdOf(posting)).toBe('job:1324373');
    expect(itemIdOf({ ...posting, url: 'https://amazon.jobs/de/jobs/1324373' })).toBe('job:1324373');
  });
});

describe('normalizeTags', () => {
  it('trims, lower-cases, drops empty tags and repeats, keeping first-seen order', () => {
    expect(normalizeTags(['  Formal Methods ', 'ML', 'formal methods', '', '   ', 'ml', 'Machine\u00a0 learning'])).toEqual([
      'formal methods',
      'ml',
      'machine learning',
    ]);
  });
});

describe('saveClip', () => {
  it("saves again over a job stored before pay was read (its clip has no pay) and takes the page's pay", async () => {
    const first = await saveClip(db, posting, postingVisited, { now: 1000 });
    const { pay: _none, ...legacyClip } = posting;
    await db.items.put({ ...first, clip: legacyClip } as unknown as JobItem);
    const paid = { ...posting, pay: [{ location: 'DEU, BE, Berlin', min: 70000, max: 95000, currency: 'EUR', period: 'year' as const }] };
    await saveClip(db, cardOf(posting), articleWithCard, { now: 2000 });
    expect((await job('job:1324373')).clip.pay).toEqual([]);
    await saveClip(db, paid, postingVisited, { now: 3000 });
    expect((await job('job:1324373')).clip.pay).toEqual(paid.pay);
  });

  it('creates an article item with the fields the library needs', async () => {
    const item = await saveClip(db, leino, leinoVisited, { now: 1000 });
    expect(item).toMatchObject({
      id: `url:${leino.url}`,
      kind: 'profile',
      title: 'Rustan Leino provides proof that software is bug-free',
      sourceUrls: [leinoVisited],
      tags: [],
      savedAt: 1000,
      updatedAt: 1000,
      extractorVersion: EXTRACTOR_VERSION,
    });
    expect(await db.items.get(item.id)).toEqual(item);
  });

  it('creates a job item with status "saved" and its first history entry', async () => {
    await saveClip(db, posting, postingVisited, { now: 1000 });
    expect(await job('job:1324373')).toMatchObject({
      kind: 'job',
      title: 'Senior Applied Scientist - NLP / IR',
      status: 'saved',
      statusHistory: [{ status: 'saved', at: 1000 }],
      notes: '',
      followUp: null,
    });
  });

  it('keeps the user tags and first save time when the page is saved again', async () => {
    await saveClip(db, leino, leinoVisited, { now: 1000 });
    await setTags(db, `url:${leino.url}`, ['Verification', 'dafny'], 2000);
    const again = await saveClip(db, leino, leinoVisited, { now: 3000 });
    expect(again.tags).toEqual(['verification', 'dafny']);
    expect(again.savedAt).toBe(1000);
    expect(again.updatedAt).toBe(3000);
    expect(again.sourceUrls).toEqual([leinoVisited]);
  });

  it('makes one item of every spelling of the same address, remembering each', async () => {
    const variants = [leinoVisited, `${leino.url.replace('www.', '')}#top`, `${leino.url}/`, `${leino.url}?utm_campaign=x&fbclid=abc`];
    for (const [i, pageUrl] of variants.entries()) await saveClip(db, { ...leino, url: pageUrl }, pageUrl, { now: i });
    const items = await db.items.toArray();
    expect(items.map((item) => item.id)).toEqual([`url:${leino.url}`]);
    expect(items[0]!.sourceUrls).toEqual(variants);
  });

  it('replaces an article clip with the newer extraction', async () => {
    await saveClip(db, { ...leino, kind: 'article', person: null, title: 'Old title' }, leinoVisited, { now: 1 });
    const again = await saveClip(db, leino, leinoVisited, { now: 2 });
    expect(again.kind).toBe('profile');
    expect(again.title).toBe(leino.title);
    expect(again.clip).toEqual(leino);
  });

  it('merges a card saved first with its posting page, keeping the status', async () => {
    await saveClip(db, cardOf(posting), articleWithCard, { now: 1 });
    await setStatus(db, 'job:1324373', 'applied', 2);
    await saveClip(db, posting, postingVisited, { now: 3 });
    const item = await job('job:1324373');
    expect(item.clip).toEqual(posting);
    expect(item.status).toBe('applied');
    expect(item.statusHistory).toEqual([
      { status: 'saved', at: 1 },
      { status: 'applied', at: 2 },
    ]);
    expect(item.sourceUrls).toEqual([articleWithCard, postingVisited]);
    expect(item.savedAt).toBe(1);
  });

  it('keeps the posting page when its card is saved afterwards', async () => {
    await saveClip(db, posting, postingVisited, { now: 1 });
    await setJobDetails(db, 'job:1324373', { notes: 'Ask about Berlin team', followUp: '2026-10-01' }, 2);
    await saveClip(db, cardOf(posting), articleWithCard, { now: 3 });
    const item = await job('job:1324373');
    expect(item.clip).toEqual(posting);
    expect(item.notes).toBe('Ask about Berlin team');
    expect(item.followUp).toBe('2026-10-01');
    expect(item.updatedAt).toBe(3);
  });

  it('makes one item of a posting seen through another locale and host', async () => {
    const scholar = postingJob('jobs-detail-virtual');
    const visited = expected('jobs-detail-virtual')._source;
    await saveClip(db, scholar, scholar.url, { now: 1 });
    await saveClip(db, scholar, visited, { now: 2 });
    const items = await db.items.toArray();
    expect(items.map((item) => item.id)).toEqual(['job:719075']);
    expect(items[0]!.sourceUrls).toEqual([scholar.url, visited]);
  });
});

describe('setStatus', () => {
  it('records each change in the history, not a repeat of the current status', async () => {
    await saveClip(db, posting, postingVisited, { now: 1 });
    await setStatus(db, 'job:1324373', 'applied', 2);
    await setStatus(db, 'job:1324373', 'applied', 3);
    const item = await setStatus(db, 'job:1324373', 'interviewing', 4);
    expect(item.status).toBe('interviewing');
    expect(item.statusHistory).toEqual([
      { status: 'saved', at: 1 },
      { status: 'applied', at: 2 },
      { status: 'interviewing', at: 4 },
    ]);
    expect(await job('job:1324373')).toEqual(item);
  });

  it('refuses articles, which have no status', async () => {
    await saveClip(db, leino, leinoVisited);
    await expect(setStatus(db, `url:${leino.url}`, 'applied')).rejects.toBeInstanceOf(StoreError);
    expect(await db.items.get(`url:${leino.url}`)).not.toHaveProperty('status');
  });

  it('refuses an item that is not saved', async () => {
    await expect(setStatus(db, 'job:1', 'applied')).rejects.toThrow('no longer in your library');
  });
});

describe('setJobDetails', () => {
  it('changes only the fields given, and clears the follow-up with null', async () => {
    await saveClip(db, posting, postingVisited, { now: 1 });
    await setJobDetails(db, 'job:1324373', { notes: 'Referral from Ana', followUp: '2026-10-01' }, 2);
    expect(await setJobDetails(db, 'job:1324373', { followUp: null }, 3)).toMatchObject({
      notes: 'Referral from Ana',
      followUp: null,
      updatedAt: 3,
    });
    expect(await setJobDetails(db, 'job:1324373', { notes: '' }, 4)).toMatchObject({ notes: '', followUp: null });
  });
});

describe('setTags', () => {
  it('stores normalised tags and returns them', async () => {
    await saveClip(db, leino, leinoVisited);
    expect(await setTags(db, `url:${leino.url}`, [' Dafny', 'dafny ', 'AWS'])).toEqual(['dafny', 'aws']);
    expect((await db.items.get(`url:${leino.url}`))!.tags).toEqual(['dafny', 'aws']);
  });
});

describe('deleteItems', () => {
  it('removes the items, their snapshots and the images no other item uses', async () => {
    await saveClip(db, leino, leinoVisited, { html: '<html></html>' });
    await saveClip(db, posting, postingVisited);
    const leinoId = `url:${leino.url}`;
    const image = { status: 'ok' as const, blob: null, bytes: 0, type: null };
    await db.images.bulkPut([
      { ...image, src: 'https://img/hero.jpg', itemIds: [leinoId] },
      { ...image, src: 'https://img/shared.jpg', itemIds: [leinoId, 'job:1324373'] },
    ]);

    expect(await deleteItems(db, [leinoId, 'job:does-not-exist'])).toBe(1);

    expect(await db.items.toCollection().primaryKeys()).toEqual(['job:1324373']);
    expect(await db.snapshots.count()).toBe(0);
    expect(await db.images.toArray()).toEqual([{ ...image, src: 'https://img/shared.jpg', itemIds: ['job:1324373'] }]);
  });
});
