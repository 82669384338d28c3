import { afterEach, describe, expect, test } from 'vitest';
import { StoreError } from '../../../lib/db/items';
import { ClipperDB } from '../../../lib/db/schema';
import { bulkTag, mergeTags, renameTag } from '../../../lib/library/tags';
import { readAllCards } from '../../../lib/db/read-model/live-cards';
import { articleItem, jobItem } from '../ui/helpers';

let db: ClipperDB;
afterEach(() => db?.delete());

async function library() {
  db = new ClipperDB(`test-${Math.random()}`);
  await db.items.bulkPut([
    articleItem('science-profile-leino', { tags: ['verification', 'to read'] }),
    articleItem('science-qa-rastogi', { tags: ['to read', 'india'] }),
    jobItem('jobs-detail-1324373', { tags: ['berlin'] }),
    jobItem({ careers: 0 }, { tags: ['toread', 'india'] }),
  ]);
  return db;
}

const tagged = async (tag: string) => (await db.items.toArray()).filter((item) => item.tags.includes(tag));

const tagsById = async () => Object.fromEntries((await db.items.toArray()).map((i) => [i.id.split('/').pop(), i.tags]));

describe('renameTag', () => {
  test('renames the tag on every item carrying it, in place, and says how many changed', async () => {
    await library();
    expect(await renameTag(db, 'to read', 'Reading list', 5)).toBe(2);
    expect(await tagsById()).toMatchObject({
      'rustan-leino-provides-proof-that-software-is-bug-free': ['verification', 'reading list'],
      'how-rajeev-rastogis-machine-learning-team-in-india-develops-innovations-for-customers-worldwide': ['reading list', 'india'],
    });
    const touched = await tagged('reading list');
    expect(touched.every((i) => i.updatedAt === 5)).toBe(true);
    expect(await tagged('to read')).toHaveLength(0);
  });

  test('renaming onto a tag an item already has keeps it once', async () => {
    await library();
    await renameTag(db, 'toread', 'india');
    expect((await db.items.get('job:10544231'))!.tags).toEqual(['india']);
  });

  test('an empty new name is refused and nothing changes', async () => {
    await library();
    const before = await db.items.toArray();
    await expect(renameTag(db, 'to read', '   ')).rejects.toBeInstanceOf(StoreError);
    expect(await db.items.toArray()).toEqual(before);
  });

  test('the cards follow, so the library shows the new tag without a reload', async () => {
    await library();
    await renameTag(db, 'berlin', 'Germany');
    expect((await readAllCards(db)).find((card) => card.id === 'job:1324373')!.tags).toEqual(['germany']);
  });
});

describe('mergeTags', () => {
  test('folds several tags into one', async () => {
    await library();
    expect(await mergeTags(db, ['toread', 'to read'], 'to read')).toBe(1);
    expect(await tagged('to read')).toHaveLength(3);
    expect(await tagged('toread')).toHaveLength(0);
  });

  test('merging a tag into itself changes nothing', async () => {
    await library();
    expect(await mergeTags(db, ['india'], 'India')).toBe(0);
  });
});

describe('bulkTag', () => {
  test('adds and removes tags on the selection only, counting the items that changed', async () => {
    await library();
    const ids = ['job:1324373', 'job:10544231', 'job:does-not-exist'];
    expect(await bulkTag(db, ids, { add: ['Applied 2026'], remove: ['india'] })).toBe(2);
    expect((await db.items.get('job:10544231'))!.tags).toEqual(['toread', 'applied 2026']);
    expect((await db.items.get('job:1324373'))!.tags).toEqual(['berlin', 'applied 2026']);
    expect(await bulkTag(db, ids, { add: ['applied 2026'] })).toBe(0);
  });
});
