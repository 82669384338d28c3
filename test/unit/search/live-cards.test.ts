import { afterEach, describe, expect, test } from 'vitest';
import { ClipperDB } from '@/lib/db/schema';
import { readCardRevs, updateCards } from '@/lib/search/live-cards';
import { SearchIndex } from '@/lib/search/search-index';
import { syncIndex } from '@/lib/search/sync';
import { articleItem, jobItem } from '../ui/helpers';

let db: ClipperDB;
afterEach(() => db?.delete());

describe('following the library', () => {
  test('after a change, only the changed card is read again, and the index follows', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const leino = articleItem('science-profile-leino');
    const job = jobItem('jobs-detail-1324373');
    await db.items.bulkPut([leino, job]);
    let cards = await updateCards(db, new Map(), await readCardRevs(db));
    const index = new SearchIndex();
    await syncIndex(index, [...cards.values()]);
    expect(index.search('berlin').map((h) => h.id)).toEqual([job.id]);

    const untouched = cards.get(leino.id);
    await db.items.put({ ...job, tags: ['relocation'] });
    await db.items.delete(leino.id);
    cards = await updateCards(db, cards, await readCardRevs(db));
    expect([...cards.keys()]).toEqual([job.id]);
    expect(cards.get(job.id)!.tags).toEqual(['relocation']);
    expect(untouched).toBeDefined();

    await syncIndex(index, [...cards.values()]);
    expect(index.search('relocation').map((h) => h.id)).toEqual([job.id]);
    expect(index.search('leino')).toEqual([]);
  });

  test('an unchanged card keeps its identity, so rows that show it need not re-render', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    await db.items.bulkPut([jobItem({ careers: 0 }), jobItem({ careers: 1 })]);
    const first = await updateCards(db, new Map(), await readCardRevs(db));
    await db.items.put({ ...jobItem({ careers: 1 }), tags: ['x'] });
    const second = await updateCards(db, first, await readCardRevs(db));
    expect(second.get('job:10544231')).toBe(first.get('job:10544231'));
    expect(second.get('job:10543848')).not.toBe(first.get('job:10543848'));
  });

  test('a sync that a newer list overtakes stops between chunks', async () => {
    const index = new SearchIndex();
    const base = (await import('@/lib/search/card')).cardOf(jobItem({ careers: 0 }));
    const cards = Array.from({ length: 50 }, (_, i) => ({ ...base, id: `job:${i}`, rev: '1' }));
    let chunks = 0;
    const done = await syncIndex(index, cards, { chunk: 10, stale: () => ++chunks > 2 });
    expect(done).toBe(false);
    expect(index.size).toBe(20);
  });
});
