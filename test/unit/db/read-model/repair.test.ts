// @vitest-environment node
import Dexie from 'dexie';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { saveClip, setTags } from '../../../../lib/db/items';
import { READ_MODEL_KEY } from '../../../../lib/db/meta';
import { pageOf } from '../../../../lib/db/read-model/card-pages';
import { RECENT_KEY } from '../../../../lib/db/read-model/recent';
import { checkReadModel, READ_MODEL_VERSION, repairReadModel } from '../../../../lib/db/read-model/repair';
import { ClipperDB, type Item } from '../../../../lib/db/schema';
import { baseClips, generateLibrary } from '../../../bench/library-generator';
import { cardOfId, expectProjected } from '../../helpers/read-model';
import { articleItem, jobItem } from '../../ui/helpers';

// Issue 11, point 4: the derived tables (card pages, their summaries, the newest row) are checked
// cheaply at every start and rebuilt where they drifted; the options page runs the full check.
// Each test corrupts derived rows the way it happened (or could), then repairs.

// Each test builds and checks a library of tens of items: seconds on a loaded machine.
vi.setConfig({ testTimeout: 60_000 });
// The generator reads the fixture pages once; that is set-up, not any test's time.
beforeAll(() => void baseClips(), 60_000);

let db: ClipperDB;
afterEach(() => db?.delete());

async function library(count = 40): Promise<Item[]> {
  db = new ClipperDB(`repair-${Math.random()}`);
  const items = generateLibrary(count, { seed: 3 });
  await db.items.bulkPut(items);
  return items;
}

/**
 * The same database opened without the projection middleware: what a background of an older
 * build did, writing items without their cards.
 */
function without(dbName: string): Dexie {
  const raw = new Dexie(dbName);
  raw.version(3).stores({
    items: 'id',
    snapshots: 'itemId',
    images: 'src, *itemIds',
    cardPages: 'page, rev',
    pageSummaries: 'page',
    recent: 'key',
    pendingImages: 'itemId',
    importStaging: '[page+seq]',
    meta: 'key',
  });
  return raw;
}

async function expectClean() {
  expect(await checkReadModel(db)).toMatchObject({ stale: false, drifted: [], recentDrifted: false });
}

describe('the cheap check and its repair', () => {
  test('a library kept by the projection has nothing to repair', async () => {
    await library();
    await expectClean();
    expect(await repairReadModel(db)).toEqual({ checked: 0, repaired: 0, recentRepaired: false });
  });

  test('items saved by a background without the projection get their cards, summaries and newest row', async () => {
    const items = await library();
    const raw = without(db.name);
    const extra = [jobItem({ careers: 0 }), articleItem('science-qa-rastogi', { savedAt: 9_999_999_999_999 })];
    await raw.table('items').bulkPut(extra);
    raw.close();
    const check = await checkReadModel(db);
    expect(check.items).toBe(items.length + 2);
    expect(check.cards).toBe(items.length);
    expect(check.drifted).toEqual([...new Set(extra.map((item) => pageOf(item.id)))].sort((a, b) => a - b));
    const report = await repairReadModel(db);
    expect(report).toMatchObject({ checked: check.drifted.length, repaired: check.drifted.length });
    await expectProjected(db);
    expect((await db.recent.get(RECENT_KEY))!.ids[0]).toBe(extra[1]!.id);
    await expectClean();
  });

  test('items deleted without the projection lose their cards', async () => {
    const items = await library();
    const raw = without(db.name);
    await raw.table('items').bulkDelete([items[0]!.id, items[5]!.id]);
    raw.close();
    expect((await checkReadModel(db)).drifted.length).toBeGreaterThan(0);
    await repairReadModel(db);
    await expectProjected(db);
    expect(await cardOfId(db, items[0]!.id)).toBeUndefined();
  });

  test('a card page gone, a summary out of step with its page, and a damaged newest row are rebuilt', async () => {
    const items = await library();
    const pages = await db.cardPages.toCollection().primaryKeys();
    const raw = without(db.name);
    await raw.table('cardPages').delete(pages[0]!);
    const summary = await raw.table('pageSummaries').get(pages[1]!);
    await raw.table('pageSummaries').put({ ...summary, rev: 'stale', tags: summary.tags.map(() => ['wrong']) });
    await raw.table('recent').put({ key: RECENT_KEY, ids: ['nothing'], savedAt: [1] });
    raw.close();
    const check = await checkReadModel(db);
    expect(check.drifted).toEqual(expect.arrayContaining([pages[0], pages[1]]));
    expect(check.recentDrifted).toBe(true);
    expect(await repairReadModel(db)).toMatchObject({ repaired: 2, recentRepaired: true });
    await expectProjected(db);
    expect(await db.items.count()).toBe(items.length);
  });

  test('a read model of another version is rebuilt whole, from the items alone', async () => {
    const items = await library(30);
    // Cards as version 1 stored them, with a byline worded by the interface.
    const raw = without(db.name);
    for (const page of await raw.table('cardPages').toArray())
      await raw
        .table('cardPages')
        .put({ ...page, cards: page.cards.map((card: object) => ({ ...card, byline: 'as the interface said it' })) });
    await raw.table('meta').put({ key: READ_MODEL_KEY, version: 1, checkedAt: 0 });
    raw.close();
    expect((await checkReadModel(db)).stale).toBe(true);
    const report = await repairReadModel(db);
    expect(report.checked).toBe(256);
    expect(report.repaired).toBe(new Set(items.map((item) => pageOf(item.id))).size);
    await expectProjected(db);
    expect(await db.meta.get(READ_MODEL_KEY)).toMatchObject({ version: READ_MODEL_VERSION });
    for (const page of await db.cardPages.toArray()) for (const card of page.cards) expect(card).not.toHaveProperty('byline');
  });
});

describe('"Check and repair library" (the full check)', () => {
  test('finds a card whose item was rewritten behind its back, which the cheap check cannot see', async () => {
    const items = await library();
    const target = items.find((item) => item.kind === 'job')!;
    const raw = without(db.name);
    await raw.table('items').put({ ...target, tags: ['changed behind the projection'] });
    raw.close();
    await expectClean();
    const report = await repairReadModel(db, { full: true });
    expect(report).toMatchObject({ checked: 256, repaired: 1 });
    expect((await cardOfId(db, target.id))!.tags).toEqual(['changed behind the projection']);
    await expectProjected(db);
  });

  test('keeps the rev of every card that was right, so an open library re-indexes only the others', async () => {
    const items = await library();
    const before = new Map((await db.cardPages.toArray()).flatMap((page) => page.cards).map((card) => [card.id, card.rev]));
    const raw = without(db.name);
    await raw.table('items').put({ ...items[2]!, title: 'Retitled' });
    raw.close();
    await repairReadModel(db, { full: true });
    const after = new Map((await db.cardPages.toArray()).flatMap((page) => page.cards).map((card) => [card.id, card.rev]));
    for (const [id, rev] of after) {
      if (id === items[2]!.id) expect(rev).not.toBe(before.get(id));
      else expect(rev).toBe(before.get(id));
    }
  });

  test('saves and tag edits made while it runs are neither lost nor left without their cards', async () => {
    const items = await library(60);
    const raw = without(db.name);
    await raw.table('meta').put({ key: READ_MODEL_KEY, version: 0, checkedAt: 0 });
    raw.close();
    const leino = articleItem('science-profile-leino');
    const progress: number[] = [];
    await Promise.all([
      repairReadModel(db, { full: true, onProgress: (done) => progress.push(done) }),
      saveClip(db, leino.clip, leino.clip.url),
      ...items.slice(0, 10).map((item) => setTags(db, item.id, ['during repair'])),
    ]);
    expect(progress.at(-1)).toBe(256);
    await expectProjected(db);
    expect(await cardOfId(db, leino.id)).toBeDefined();
    expect((await cardOfId(db, items[3]!.id))!.tags).toEqual(['during repair']);
  });
});
