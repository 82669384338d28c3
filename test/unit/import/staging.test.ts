// @vitest-environment node
import type { DBCore } from 'dexie';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromOurPage, runTaskHere, type TaskContext } from '@/lib/background/tasks';
import { ClipperDB } from '@/lib/db/schema';
import { exportParts } from '@/lib/export/library-json';
import { cancelImport, commitImport, dropStaleImport, IMPORT_KEY, STAGED_IMPORT_LIFETIME_MS, stageImport } from '@/lib/import/staging';
import { baseClips, generateLibrary } from '../../bench/library-generator';
import { chunksOf, STAGED_SOURCE } from '../helpers/library-file';
import { expectProjected } from '../helpers/read-model';
import { articleItem, jobItem } from '../ui/helpers';

// Issue 11, point 3: the import is staged (checked, nothing of the library written), then
// committed in one transaction: all of it or, on any failure, none.

vi.setConfig({ testTimeout: 60_000 });
beforeAll(() => void baseClips(), 60_000);

const items = () => generateLibrary(600, { seed: 21 });
const file = (list = items()) => exportParts(list, Date.UTC(2026, 10, 22)).join('');

let db: ClipperDB;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close();
  await new ClipperDB(db.name).delete();
});

/** A database whose `failAt`-th write of items, once armed, fails, as a full disk does half way through an import. */
function failingDb(): { database: ClipperDB; arm(failAt: number): void } {
  const database = new ClipperDB(`staging-${Math.random()}`);
  let writes = 0;
  let failAt = Infinity;
  database.use({
    stack: 'dbcore',
    name: 'DiskFull',
    create: (down: DBCore): DBCore => ({
      ...down,
      table(name) {
        const table = down.table(name);
        if (name !== 'items') return table;
        return {
          ...table,
          mutate(req) {
            if (req.type === 'put' && ++writes === failAt) return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    database,
    arm(at) {
      writes = 0;
      failAt = at;
    },
  };
}

describe('staging and committing an import', () => {
  test('the preview stages the checked items by card page and writes nothing of the library', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    const progress: Array<[number, number | null]> = [];
    const preview = await stageImport(db, STAGED_SOURCE, chunksOf(file(), 65_536), { onProgress: (done, total) => progress.push([done, total]) });
    expect(preview.counts).toEqual({ new: 600, updated: 0, unchanged: 0 });
    expect(progress.at(-1)).toEqual([600, 600]);
    expect(await db.items.count()).toBe(0);
    expect(await db.cardPages.count()).toBe(0);
    const rows = await db.importStaging.toArray();
    expect(rows.flatMap((row) => row.items)).toHaveLength(600);
    expect(await db.meta.get(IMPORT_KEY)).toMatchObject({ source: STAGED_SOURCE, total: 600, result: null });
  });

  test('the import writes every staged item and its card, reports its progress, and clears the staging', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    const list = items();
    await stageImport(db, STAGED_SOURCE, chunksOf(file(list)));
    const progress: number[] = [];
    expect(await commitImport(db, STAGED_SOURCE, { onProgress: (done) => progress.push(done) })).toEqual({ new: 600, updated: 0, unchanged: 0, invalid: 0 });
    expect(progress).toHaveLength(256);
    expect(progress.at(-1)).toBe(600);
    expect(await db.items.count()).toBe(600);
    expect(await db.importStaging.count()).toBe(0);
    await expectProjected(db);
  });

  test.each([1, 40, 200])('a failure at page write %i leaves the library exactly as it was, and the import can be retried', async (failAt) => {
    const failing = failingDb();
    db = failing.database;
    await db.items.bulkPut([jobItem('jobs-detail-1324373', { tags: ['mine'] }), articleItem('science-profile-leino')]);
    const snapshot = JSON.stringify(await db.items.toArray());
    const cards = JSON.stringify(await db.cardPages.toArray());
    await stageImport(db, STAGED_SOURCE, chunksOf(file()));
    failing.arm(failAt);
    await expect(commitImport(db, STAGED_SOURCE)).rejects.toMatchObject({ name: expect.stringMatching(/Abort|Quota/) });
    expect(JSON.stringify(await db.items.toArray())).toBe(snapshot);
    expect(JSON.stringify(await db.cardPages.toArray())).toBe(cards);
    // The staged items wait for a retry, which imports them all.
    failing.arm(Infinity);
    expect(await commitImport(db, STAGED_SOURCE)).toMatchObject({ new: 600 });
    expect(await db.items.count()).toBe(602);
    await expectProjected(db);
  });

  test('asked again after it committed (the page did not hear the answer), it answers with the same result and writes nothing', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    await stageImport(db, STAGED_SOURCE, chunksOf(file()));
    const first = await commitImport(db, STAGED_SOURCE);
    const revs = (await db.cardPages.toArray()).map((page) => page.rev);
    expect(await commitImport(db, STAGED_SOURCE)).toEqual(first);
    expect((await db.cardPages.toArray()).map((page) => page.rev)).toEqual(revs);
  });

  test('an import of another file, cancelled, or left unconfirmed for an hour, is not waiting any more', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    await stageImport(db, STAGED_SOURCE, chunksOf(file()), { now: 1_000 });
    await expect(commitImport(db, 'blob:chrome-extension://test/other')).rejects.toThrow(/no longer waiting/);
    await dropStaleImport(db, 1_000 + STAGED_IMPORT_LIFETIME_MS - 1);
    expect(await db.importStaging.count()).toBeGreaterThan(0);
    await dropStaleImport(db, 1_000 + STAGED_IMPORT_LIFETIME_MS);
    expect(await db.importStaging.count()).toBe(0);
    await expect(commitImport(db, STAGED_SOURCE)).rejects.toThrow(/no longer waiting/);
    await stageImport(db, STAGED_SOURCE, chunksOf(file()));
    await cancelImport(db, STAGED_SOURCE);
    expect(await db.importStaging.count()).toBe(0);
    expect(await db.items.count()).toBe(0);
  });

  test('a preview stopped because its page went away stages nothing', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    const gone = new AbortController();
    const stopped = stageImport(db, STAGED_SOURCE, chunksOf(file(), 1_000), { signal: gone.signal, onProgress: () => gone.abort() });
    await expect(stopped).rejects.toBeDefined();
    expect(await db.importStaging.count()).toBe(0);
    expect(await db.meta.get(IMPORT_KEY)).toBeUndefined();
  });
});

describe('the import tasks of the background', () => {
  // Node gives chrome-extension: addresses no origin; the check is the same for any origin.
  const ORIGIN = 'http://localhost:3000';

  function context(): TaskContext {
    return { db, origin: ORIGIN, progress: () => undefined, signal: new AbortController().signal };
  }

  /** The page's file, as the background fetches it from its blob: address. */
  function serveFile(text: string): string {
    const url = `blob:${ORIGIN}/${Math.random()}`;
    vi.stubGlobal('fetch', async (asked: string) => {
      if (asked !== url) throw new TypeError('Failed to fetch');
      return new Response(text);
    });
    return url;
  }

  test('preview, then import, through the chosen file', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const url = serveFile(file());
    expect(await runTaskHere({ type: 'preview-import', url }, context())).toMatchObject({ counts: { new: 600 }, invalidCount: 0 });
    expect(await runTaskHere({ type: 'import', url }, context())).toEqual({ new: 600, updated: 0, unchanged: 0, invalid: 0 });
  });

  test('only a blob: address of the extension itself is read', async () => {
    db = new ClipperDB(`staging-${Math.random()}`);
    serveFile(file());
    for (const url of ['https://evil.example/library.json', 'blob:https://www.amazon.science/1234', 'blob:nonsense']) {
      await expect(runTaskHere({ type: 'preview-import', url }, context())).rejects.toThrow('Only a file chosen in Science Clipper’s own pages can be imported. Nothing was imported.');
    }
    expect(await db.importStaging.count()).toBe(0);
  });

  test('only the extension’s own pages may start a task: never a content script or another extension', () => {
    const id = fakeBrowser.runtime.id;
    expect(fromOurPage({ id, url: `${ORIGIN}/options.html` }, ORIGIN)).toBe(true);
    expect(fromOurPage({ id, url: 'https://www.amazon.science/blog/x', tab: { id: 1 } as never }, ORIGIN)).toBe(false);
    expect(fromOurPage({ id: 'another-extension', url: `${ORIGIN}/options.html` }, ORIGIN)).toBe(false);
    expect(fromOurPage(undefined, ORIGIN)).toBe(false);
  });
});
