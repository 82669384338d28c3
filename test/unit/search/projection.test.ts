import { afterEach, describe, expect, test } from 'vitest';
import { deleteItems, saveClip, setStatus, setTags } from '@/lib/db/items';
import { ClipperDB, type Item } from '@/lib/db/schema';
import { cardOf } from '@/lib/search/card';
import { articleItem, jobItem } from '../ui/helpers';

let db: ClipperDB;
afterEach(async () => {
  await db?.delete();
});
function open(): ClipperDB {
  db = new ClipperDB(`test-${Math.random()}`);
  return db;
}

/** A card without its rev, which is new on every write. */
function stable(item: Item) {
  const { rev: _rev, ...card } = cardOf(item);
  return card;
}

async function expectProjected(database: ClipperDB) {
  const items = await database.items.toArray();
  const cards = await database.cards.toArray();
  expect(cards.map(({ rev: _rev, ...card }) => card)).toEqual(items.map(stable));
}

describe('the cards projection of items', () => {
  test('follows every write of the store: save, re-save, tags, status, delete', async () => {
    const db = open();
    const leino = articleItem('science-profile-leino');
    const job = jobItem('jobs-detail-1324373');
    await saveClip(db, leino.clip, leino.clip.url);
    await saveClip(db, job.clip, job.clip.url);
    await expectProjected(db);
    await setTags(db, job.id, ['Berlin', 'nlp']);
    await setStatus(db, job.id, 'applied');
    await expectProjected(db);
    expect((await db.cards.get(job.id))).toMatchObject({ tags: ['berlin', 'nlp'], status: 'applied' });
    await deleteItems(db, [leino.id]);
    await expectProjected(db);
    expect(await db.cards.count()).toBe(1);
  });

  test('follows bulk writes, modify, range deletes and clear', async () => {
    const db = open();
    const items = [articleItem('science-qa-rastogi'), jobItem({ careers: 0 }), jobItem({ careers: 1 }), jobItem({ careers: 2 })];
    await db.items.bulkPut(items);
    await expectProjected(db);
    await db.items.where('kind').equals('job').modify((item) => {
      item.tags = ['bulk'];
    });
    await expectProjected(db);
    await db.items.where('id').startsWith('job:').delete();
    await expectProjected(db);
    expect(await db.cards.count()).toBe(1);
    await db.items.clear();
    expect(await db.cards.count()).toBe(0);
  });

  test('a refused bulkAdd row leaves no card, and an aborted transaction leaves none either', async () => {
    const db = open();
    const a = jobItem({ careers: 0 });
    const b = jobItem({ careers: 1 });
    await db.items.add(a);
    await db.items.bulkAdd([{ ...a, title: 'Changed' }, b]).catch(() => undefined);
    await expectProjected(db);
    await db
      .transaction('rw', db.items, async () => {
        await db.items.put(jobItem({ careers: 2 }));
        throw new Error('abort');
      })
      .catch(() => undefined);
    await expectProjected(db);
    expect(await db.cards.count()).toBe(2);
  });

  test('a new write gives the card a new rev, so indexes know to read it again', async () => {
    const db = open();
    const job = jobItem({ careers: 0 });
    await db.items.put(job);
    const first = (await db.cards.get(job.id))!.rev;
    await db.items.put({ ...job, tags: ['x'] });
    expect((await db.cards.get(job.id))!.rev).not.toBe(first);
  });
});

describe('cardOf', () => {
  test('a card holds the words of the body, once each', () => {
    const words = cardOf(jobItem('jobs-detail-1324373')).words.split(' ');
    expect(words).toEqual(expect.arrayContaining(['turkish', 'arabic', 'japanese', 'millisecond']));
    expect(new Set(words).size).toBe(words.length);
  });

  test('a profile card names the person and organisation; a job card its company, id, places and status', () => {
    const leino = cardOf(articleItem('science-profile-leino'));
    expect(leino).toMatchObject({ kind: 'profile', person: 'Rustan Leino', company: 'Amazon Web Services', status: null });
    const job = cardOf(jobItem('jobs-detail-1324373', { status: 'applied' }));
    expect(job).toMatchObject({ company: 'Amazon Development Center DEU', jobId: '1324373', locations: ['DE, BE, Berlin'], status: 'applied', published: '2020-11-23' });
  });

  test('a job re-posted under a new id gets the same duplicate key; another title does not', () => {
    const job = jobItem('jobs-detail-1324373');
    const reposted = { ...job, id: 'job:999', clip: { ...job.clip, jobId: '999', description: `  ${job.clip.description.toUpperCase()} ` } };
    const other = { ...job, id: 'job:998', title: 'Another title', clip: { ...job.clip, jobId: '998', title: 'Another title' } };
    expect(cardOf(reposted).duplicateKey).toBe(cardOf(job).duplicateKey);
    expect(cardOf(other).duplicateKey).not.toBe(cardOf(job).duplicateKey);
  });
});
