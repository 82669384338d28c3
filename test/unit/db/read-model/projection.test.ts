import Dexie from 'dexie';
import { afterEach, describe, expect, test } from 'vitest';
import { deleteItems, saveClip, setStatus, setTags } from '../../../../lib/db/items';
import { ClipperDB } from '../../../../lib/db/schema';
import { cardOf } from '../../../../lib/db/read-model/card';
import { CARD_PAGE_COUNT } from '../../../../lib/db/read-model/card-pages';
import { readAllCards } from '../../../../lib/db/read-model/live-cards';
import { RECENT_COUNT, RECENT_KEY } from '../../../../lib/db/read-model/recent';
import { readPopupView } from '../../../../lib/ui/popup-data';
import { articleItem, jobItem } from '../../ui/helpers';
import { cardOfId, expectProjected } from '../../helpers/read-model';

let db: ClipperDB;
afterEach(async () => {
  await db?.delete();
});
function open(): ClipperDB {
  db = new ClipperDB(`test-${Math.random()}`);
  return db;
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
    expect(await cardOfId(db, job.id)).toMatchObject({ tags: ['berlin', 'nlp'], status: 'applied' });
    await deleteItems(db, [leino.id]);
    await expectProjected(db);
    expect(await readAllCards(db)).toHaveLength(1);
  });

  test('follows bulk writes, modify, range deletes and clear', async () => {
    const db = open();
    const items = [articleItem('science-qa-rastogi'), jobItem({ careers: 0 }), jobItem({ careers: 1 }), jobItem({ careers: 2 })];
    await db.items.bulkPut(items);
    await expectProjected(db);
    await db.items
      .where('id')
      .startsWith('job:')
      .modify((item) => {
        item.tags = ['bulk'];
      });
    await expectProjected(db);
    await db.items.where('id').startsWith('job:').delete();
    await expectProjected(db);
    expect(await readAllCards(db)).toHaveLength(1);
    await db.items.clear();
    expect(await readAllCards(db)).toEqual([]);
    expect((await readPopupView(db, null)).counts.total).toBe(0);
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
    expect(await readAllCards(db)).toHaveLength(2);
  });

  test('a new write gives the card a new rev, so indexes know to read it again', async () => {
    const db = open();
    const job = jobItem({ careers: 0 });
    await db.items.put(job);
    const first = (await cardOfId(db, job.id))!.rev;
    await db.items.put({ ...job, tags: ['x'] });
    expect((await cardOfId(db, job.id))!.rev).not.toBe(first);
  });

  test('writes racing inside one transaction never lose a card of a page they share', async () => {
    const db = open();
    const jobs = Array.from({ length: 3 * CARD_PAGE_COUNT }, (_, i) => ({ ...jobItem({ careers: 0 }), id: `job:${i}` }));
    // Unawaited, so both bulkPuts read their pages before either writes them back.
    await db.transaction('rw', db.items, () => Promise.all([db.items.bulkPut(jobs.slice(0, 200)), db.items.bulkPut(jobs.slice(200))]));
    await expectProjected(db);
    await db.transaction('rw', db.items, () =>
      Promise.all([db.items.bulkDelete(['job:1', 'job:2']), db.items.put({ ...jobs[3]!, tags: ['t'] })]),
    );
    await expectProjected(db);
  });

  test('the list of the newest follows deletes, older and newer save times, past its length', async () => {
    const db = open();
    const jobs = Array.from({ length: RECENT_COUNT + 20 }, (_, i) => ({ ...jobItem({ careers: 0 }), id: `job:${i}`, savedAt: 1_000 + i }));
    await db.items.bulkPut(jobs);
    await expectProjected(db);
    const newest = () => db.recent.get(RECENT_KEY).then((recent) => recent!.ids);
    expect((await newest())[0]).toBe(`job:${RECENT_COUNT + 19}`);
    await db.items.delete(`job:${RECENT_COUNT + 19}`);
    await expectProjected(db);
    await db.items.put({ ...jobs[60]!, savedAt: 1 });
    await expectProjected(db);
    expect(await newest()).not.toContain('job:60');
    await db.items.put({ ...jobs[0]!, savedAt: 9_999 });
    await expectProjected(db);
    expect((await newest())[0]).toBe('job:0');
    await db.items.bulkPut([
      { ...jobs[1]!, savedAt: 2 },
      { ...jobItem({ careers: 1 }), id: 'job:new', savedAt: 3 },
    ]);
    await expectProjected(db);
  });

  test('a library of version 1 (one card per row) gets its card pages and counts on upgrade', async () => {
    const name = `test-${Math.random()}`;
    const items = [articleItem('science-profile-leino'), jobItem('jobs-detail-1324373', { tags: ['berlin'] }), jobItem({ careers: 1 })];
    const v1 = new Dexie(name);
    v1.version(1).stores({
      items: 'id, kind, savedAt, updatedAt, *tags, status',
      snapshots: 'itemId',
      images: 'src, *itemIds',
      cards: 'id, rev',
    });
    await v1.table('items').bulkPut(items);
    await v1.table('cards').bulkPut(items.map(cardOf));
    v1.close();
    db = new ClipperDB(name);
    expect(await db.items.toArray()).toHaveLength(3);
    expect(db.tables.map((t) => t.name)).not.toContain('cards');
    await expectProjected(db);
    expect((await readPopupView(db, 'berlin')).counts.matching).toBe(1);
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
    expect(job).toMatchObject({
      company: 'Amazon Development Center DEU',
      jobId: '1324373',
      locations: ['DE, BE, Berlin'],
      status: 'applied',
      published: '2020-11-23',
    });
  });

  test('a job re-posted under a new id gets the same duplicate key; another title does not', () => {
    const job = jobItem('jobs-detail-1324373');
    const reposted = {
      ...job,
      id: 'job:999',
      clip: { ...job.clip, jobId: '999', description: `  ${job.clip.description.toUpperCase()} ` },
    };
    const other = { ...job, id: 'job:998', title: 'Another title', clip: { ...job.clip, jobId: '998', title: 'Another title' } };
    expect(cardOf(reposted).duplicateKey).toBe(cardOf(job).duplicateKey);
    expect(cardOf(other).duplicateKey).not.toBe(cardOf(job).duplicateKey);
  });
});
