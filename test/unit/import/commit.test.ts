// @vitest-environment node
import type { DBCore } from 'dexie';
import { afterEach, beforeAll, describe, expect, test, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { fromOurPage, runTaskHere, type TaskContext } from '../../../lib/background/tasks';
import { ClipperDB } from '../../../lib/db/schema';
import { exportParts } from '../../../lib/export/library-json';
import { commitImport } from '../../../lib/import/commit';
import { previewImport } from '../../../lib/import/preview';
import { baseClips, generateLibrary } from '../../bench/library-generator';
import { chunksOf, commitText, importConnection } from '../helpers/library-file';
import { cardOfId, expectProjected } from '../helpers/read-model';
import { articleItem, jobItem } from '../ui/helpers';

// Issue 11, point 3: the preview reads the file and writes nothing; the import reads it again
// and writes it in one transaction: all of it or, on any failure, none, with the read model
// the projection would have left.

vi.setConfig({ testTimeout: 90_000 });
beforeAll(() => void baseClips(), 60_000);

const items = () => generateLibrary(600, { seed: 21 });
const file = (list = items()) => exportParts(list, Date.UTC(2026, 10, 22)).join('');
const mine = () => [jobItem('jobs-detail-1324373', { tags: ['mine'] }), articleItem('science-profile-leino')];

let db: ClipperDB;
afterEach(async () => {
  vi.restoreAllMocks();
  vi.unstubAllGlobals();
  db.close();
  await new ClipperDB(db.name).delete();
});

/** An import connection whose `failAt`-th write of items, once armed, fails, as a full disk does half way through. */
function failingConnection(of: ClipperDB): { connection: ClipperDB; arm(failAt: number): void } {
  const connection = importConnection(of);
  let writes = 0;
  let failAt = Infinity;
  connection.use({
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
            if (req.type === 'put' && ++writes === failAt)
              return Promise.reject(new DOMException('The disk is full', 'QuotaExceededError'));
            return table.mutate(req);
          },
        };
      },
    }),
  });
  return {
    connection,
    arm(at) {
      writes = 0;
      failAt = at;
    },
  };
}

describe('preview and import', () => {
  test('the preview counts what the import would do, reports its progress, and writes nothing', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    await db.items.bulkPut(mine());
    const before = await db.items.toArray();
    const progress: Array<[number, number | null]> = [];
    const preview = await previewImport(db, chunksOf(file([...items(), { ...mine()[0]!, tags: ['theirs'] }]), 65_536), {
      onProgress: (done, total) => progress.push([done, total]),
    });
    expect(preview.counts).toEqual({ new: 600, updated: 1, unchanged: 0 });
    expect(progress.at(-1)).toEqual([601, 601]);
    expect(await db.items.toArray()).toEqual(before);
  });

  test('the import writes every item and the read model the projection would have written, a batch at a time', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    await db.items.bulkPut(mine());
    const progress: number[] = [];
    const connection = importConnection(db);
    const result = await commitImport(connection, 'blob:test/1', chunksOf(file()), { onProgress: (done) => progress.push(done) });
    connection.close();
    expect(result).toEqual({ new: 600, updated: 0, unchanged: 0, invalid: 0 });
    expect(progress).toEqual([500, 600]);
    expect(await db.items.count()).toBe(602);
    expect(await db.cardStaging.count()).toBe(0);
    await expectProjected(db);
  });

  test('an item the file holds twice, in two batches, is merged with what the first batch wrote, not written over it', async () => {
    // The import asks the library only for the ids it held or this import wrote.
    db = new ClipperDB(`commit-${Math.random()}`);
    const [first, ...rest] = items();
    const tagged = { ...first!, tags: ['to apply'] };
    const again = { ...first!, tags: ['read later'] };
    expect(await commitText(db, file([tagged, ...rest, again]))).toEqual({ new: 600, updated: 0, unchanged: 0, invalid: 0 });
    expect((await db.items.get(tagged.id))?.tags).toEqual(expect.arrayContaining(['to apply', 'read later']));
    expect(await db.items.count()).toBe(600);
    await expectProjected(db);
  });

  test('an item met again after its first card was staged (cards are held 5,000 at a time) ends with the later merge in its page', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    const [first, ...rest] = generateLibrary(5_200, { seed: 22 });
    const tagged = { ...first!, tags: ['to apply'] };
    const again = { ...first!, tags: ['read later'] };
    expect(await commitText(db, file([tagged, ...rest, again]))).toEqual({ new: 5_200, updated: 0, unchanged: 0, invalid: 0 });
    expect((await cardOfId(db, tagged.id))?.tags).toEqual(expect.arrayContaining(['to apply', 'read later']));
    expect(await db.cardStaging.count()).toBe(0);
    await expectProjected(db);
  });

  test.each([1, 2])('a failure at write %i leaves the library exactly as it was, and the import can be retried', async (failAt) => {
    db = new ClipperDB(`commit-${Math.random()}`);
    await db.items.bulkPut(mine());
    const snapshot = JSON.stringify(await db.items.toArray());
    const cards = JSON.stringify(await db.cardPages.toArray());
    const failing = failingConnection(db);
    failing.arm(failAt);
    await expect(commitImport(failing.connection, 'blob:test/1', chunksOf(file()))).rejects.toMatchObject({
      name: expect.stringMatching(/Abort|Quota/),
    });
    expect(JSON.stringify(await db.items.toArray())).toBe(snapshot);
    expect(JSON.stringify(await db.cardPages.toArray())).toBe(cards);
    expect(await db.cardStaging.count()).toBe(0);
    failing.arm(Infinity);
    expect(await commitImport(failing.connection, 'blob:test/1', chunksOf(file()))).toMatchObject({ new: 600 });
    failing.connection.close();
    expect(await db.items.count()).toBe(602);
    await expectProjected(db);
  });

  test('a file refused half way (cut short) writes nothing, though its first items were good', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    const text = file();
    await expect(commitText(db, text.slice(0, Math.floor(text.length * 0.8)))).rejects.toThrow(/ends in the middle/);
    expect(await db.items.count()).toBe(0);
    expect(await db.cardPages.count()).toBe(0);
  });

  test('asked again for the import it committed (the page did not hear the answer), it answers the same and writes nothing', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    const first = await commitText(db, file(), 'blob:test/same');
    const revs = (await db.cardPages.toArray()).map((page) => page.rev);
    expect(await commitText(db, file(), 'blob:test/same')).toEqual(first);
    expect((await db.cardPages.toArray()).map((page) => page.rev)).toEqual(revs);
    expect(await commitText(db, file(), 'blob:test/another')).toEqual({ new: 0, updated: 0, unchanged: 600, invalid: 0 });
  });

  test('saves waiting for the import are applied after it, on top of what it wrote', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    const list = items();
    const importing = commitText(db, file(list));
    const job = list.find((item) => item.kind === 'job')!;
    const tagged = (async () => {
      await vi.waitFor(async () => expect(await db.items.get(job.id)).toBeDefined(), { timeout: 60_000, interval: 20 });
      await db.items.update(job.id, { tags: ['after the import'] });
    })();
    await Promise.all([importing, tagged]);
    expect((await db.items.get(job.id))!.tags).toEqual(['after the import']);
    await expectProjected(db);
  });
});

describe('the import tasks of the background', () => {
  // Node gives chrome-extension: addresses no origin; the check is the same for any origin.
  const ORIGIN = 'http://localhost:3000';

  function context(): TaskContext {
    return { db, importDb: () => importConnection(db), origin: ORIGIN, progress: () => undefined, signal: new AbortController().signal };
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
    db = new ClipperDB(`commit-${Math.random()}`);
    vi.spyOn(fakeBrowser.tabs, 'query').mockResolvedValue([] as never);
    const url = serveFile(file());
    expect(await runTaskHere({ type: 'preview-import', url }, context())).toMatchObject({ counts: { new: 600 }, invalidCount: 0 });
    expect(await db.items.count()).toBe(0);
    expect(await runTaskHere({ type: 'import', url }, context())).toEqual({ new: 600, updated: 0, unchanged: 0, invalid: 0 });
  });

  test('only a blob: address of the extension itself is read', async () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    serveFile(file());
    for (const url of ['https://evil.example/library.json', 'blob:https://www.amazon.science/1234', 'blob:nonsense']) {
      await expect(runTaskHere({ type: 'import', url }, context())).rejects.toThrow(
        'Only a file chosen in Science Clipper’s own pages can be imported. Nothing was imported.',
      );
    }
    expect(await db.items.count()).toBe(0);
  });

  test('only the extension’s own pages may start a task: never a content script or another extension', () => {
    db = new ClipperDB(`commit-${Math.random()}`);
    const id = fakeBrowser.runtime.id;
    expect(fromOurPage({ id, url: `${ORIGIN}/options.html` }, ORIGIN)).toBe(true);
    expect(fromOurPage({ id, url: 'https://www.amazon.science/blog/x', tab: { id: 1 } as never }, ORIGIN)).toBe(false);
    expect(fromOurPage({ id: 'another-extension', url: `${ORIGIN}/options.html` }, ORIGIN)).toBe(false);
    expect(fromOurPage(undefined, ORIGIN)).toBe(false);
  });
});
