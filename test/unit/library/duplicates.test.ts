import { afterEach, describe, expect, test } from 'vitest';
import { StoreError } from '../../../lib/db/items';
import { ClipperDB, type ArticleItem, type JobItem } from '../../../lib/db/schema';
import { findDuplicates, mergeDuplicates } from '../../../lib/library/duplicates';
import { mergeUserData } from '../../../lib/library/merge-items';
import { cardOf } from '../../../lib/db/read-model/card';
import { readAllCards } from '../../../lib/db/read-model/live-cards';
import { articleItem, day, jobItem } from '../ui/helpers';

let db: ClipperDB;
afterEach(() => db?.delete());

const leino = articleItem('science-profile-leino', { tags: ['verification'], savedAt: day(3, 1) });
/** The same profile saved from another address (an old slug), with its own tags. */
const leinoElsewhere: ArticleItem = {
  ...articleItem('science-profile-leino', { tags: ['dafny', 'verification'], savedAt: day(2, 1) }),
  id: 'url:https://www.amazon.science/blog/rustan-leino-proof',
  sourceUrls: ['https://www.amazon.science/blog/rustan-leino-proof'],
};
leinoElsewhere.clip = { ...leinoElsewhere.clip, url: 'https://www.amazon.science/blog/rustan-leino-proof' };

const original = jobItem('jobs-detail-1324373', {
  status: 'interviewing',
  notes: 'Phone screen went well',
  savedAt: day(1, 10),
  statusAt: day(1, 20),
  tags: ['berlin'],
});
/** Posted again under a new id: same title and description, saved later, nothing chosen yet. */
const reposted: JobItem = {
  ...jobItem('jobs-detail-1324373', { savedAt: day(4, 2), tags: ['nlp'], followUp: '2026-05-01', notes: 'Re-posted!' }),
  id: 'job:2999999',
};
reposted.clip = {
  ...reposted.clip,
  jobId: '2999999',
  url: 'https://www.amazon.jobs/en/jobs/2999999/senior-applied-scientist-nlp-ir',
  posted: '2026-04-01',
};
reposted.sourceUrls = [reposted.clip.url];

describe('findDuplicates', () => {
  test('groups the same title by the same person, and a job re-posted with the same title and description', () => {
    const groups = findDuplicates(
      [leino, leinoElsewhere, original, reposted, articleItem('science-qa-rastogi'), jobItem({ careers: 1 })].map(cardOf),
    );
    expect(groups.map((g) => g.ids).sort()).toEqual([
      // the later posting survives; the later extraction survives
      ['job:2999999', 'job:1324373'],
      [leino.id, leinoElsewhere.id],
    ]);
  });

  test('the same title by another person is not a duplicate', () => {
    const other = { ...leinoElsewhere, clip: { ...leinoElsewhere.clip, person: { ...leinoElsewhere.clip.person!, name: 'Someone Else' } } };
    expect(findDuplicates([leino, other].map(cardOf))).toEqual([]);
  });
});

describe('mergeDuplicates', () => {
  test('keeps every tag, note and status change, the earliest save and the soonest follow-up; the copy is gone', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    await db.items.bulkPut([original, reposted]);
    await db.snapshots.put({ itemId: original.id, url: original.clip.url, capturedAt: 1, gzip: new Blob(['x']) });
    const merged = (await mergeDuplicates(db, [reposted.id, original.id], 42)) as JobItem;
    expect(merged).toMatchObject({
      id: reposted.id,
      clip: reposted.clip,
      tags: ['nlp', 'berlin'],
      status: 'interviewing',
      notes: 'Re-posted!\n\nPhone screen went well',
      followUp: '2026-05-01',
      savedAt: original.savedAt,
      updatedAt: 42,
    });
    expect(merged.statusHistory.map((c) => c.status)).toEqual(['saved', 'interviewing', 'saved']);
    expect(merged.sourceUrls).toEqual([reposted.clip.url, original.clip.url]);
    expect(await db.items.get(original.id)).toBeUndefined();
    expect(await db.snapshots.get(original.id)).toBeUndefined();
    expect(await readAllCards(db)).toHaveLength(1);
  });

  test('refuses to mix a job and an article, or to merge a missing item, and changes nothing', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    await db.items.bulkPut([leino, original]);
    await expect(mergeDuplicates(db, [leino.id, original.id])).rejects.toBeInstanceOf(StoreError);
    await expect(mergeDuplicates(db, [leino.id, 'url:gone'])).rejects.toThrow(/no longer/);
    expect(await db.items.count()).toBe(2);
  });
});

describe('mergeUserData', () => {
  test('a later choice on any copy is the current status', () => {
    const rejected = jobItem({ careers: 0 }, { status: 'rejected', statusAt: day(6, 1) });
    const applied = jobItem({ careers: 0 }, { status: 'applied', statusAt: day(5, 1) });
    expect(mergeUserData(applied, [rejected]).status).toBe('rejected');
    expect(mergeUserData(rejected, [applied]).status).toBe('rejected');
  });

  test('merging an item with an identical copy changes nothing', () => {
    expect(mergeUserData(original, [structuredClone(original)])).toEqual(original);
    expect(mergeUserData(leino, [structuredClone(leino)])).toEqual(leino);
  });
});
