import { afterEach, describe, expect, test } from 'vitest';
import { ClipperDB } from '../../../../lib/db/schema';
import type { CardPage } from '../../../../lib/db/read-model/card-pages';
import { cardsOf, readPageRevs, updatePages } from '../../../../lib/db/read-model/live-cards';
import { SearchIndex } from '../../../../lib/search/search-index';
import { syncIndex } from '../../../../lib/search/sync';
import { articleItem, jobItem } from '../../ui/helpers';

let db: ClipperDB;
afterEach(() => db?.delete());

describe('following the library', () => {
  test('after a change, only the changed card is read again, and the index follows', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const leino = articleItem('science-profile-leino');
    const job = jobItem('jobs-detail-1324373');
    await db.items.bulkPut([leino, job]);
    let pages = await updatePages(db, new Map(), await readPageRevs(db));
    const index = new SearchIndex();
    await syncIndex(index, cardsOf(pages.values()));
    expect(index.search('berlin').map((h) => h.id)).toEqual([job.id]);

    await db.items.put({ ...job, tags: ['relocation'] });
    await db.items.delete(leino.id);
    pages = await updatePages(db, pages, await readPageRevs(db));
    const cards = cardsOf(pages.values());
    expect(cards.map((card) => card.id)).toEqual([job.id]);
    expect(cards[0]!.tags).toEqual(['relocation']);

    await syncIndex(index, cards);
    expect(index.search('relocation').map((h) => h.id)).toEqual([job.id]);
    expect(index.search('leino')).toEqual([]);
  });

  test('an unchanged card keeps its identity, even on a page read again, so rows that show it need not re-render', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    // Enough jobs that some share a page with the one changed and some do not.
    const jobs = Array.from({ length: 300 }, (_, i) => ({ ...jobItem({ careers: 0 }), id: `job:${i}` }));
    await db.items.bulkPut(jobs);
    const byId = (pages: Map<number, CardPage>) => new Map(cardsOf(pages.values()).map((card) => [card.id, card]));
    const first = await updatePages(db, new Map(), await readPageRevs(db));
    await db.items.put({ ...jobs[7]!, tags: ['x'] });
    const second = await updatePages(db, first, await readPageRevs(db));
    const [before, after] = [byId(first), byId(second)];
    expect(after.get('job:7')).not.toBe(before.get('job:7'));
    expect(after.get('job:7')!.tags).toEqual(['x']);
    const changedPage = [...second.values()].find((page) => page.cards.some((card) => card.id === 'job:7'))!;
    const neighbours = changedPage.cards.filter((card) => card.id !== 'job:7');
    expect(neighbours.length).toBeGreaterThan(0);
    expect(second.get(changedPage.page)).not.toBe(first.get(changedPage.page));
    for (const card of neighbours) expect(card).toBe(before.get(card.id));
    expect([...after.values()].filter((card) => card !== before.get(card.id)).map((card) => card.id)).toEqual(['job:7']);
  });

  test('a sync that a newer list overtakes stops between chunks', async () => {
    const index = new SearchIndex();
    const base = (await import('../../../../lib/db/read-model/card')).cardOf(jobItem({ careers: 0 }));
    const cards = Array.from({ length: 50 }, (_, i) => ({ ...base, id: `job:${i}`, rev: '1' }));
    let chunks = 0;
    const done = await syncIndex(index, cards, { chunk: 10, stale: () => ++chunks > 2 });
    expect(done).toBe(false);
    expect(index.size).toBe(20);
  });
});
