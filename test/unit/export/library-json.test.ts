import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Item } from '../../../lib/db/schema';
import { exportParts, writeLibrary } from '../../../lib/export/library-json';
import { articleItem, jobItem } from '../import/arbitraries';
import { checkProperty } from '../helpers/property';
import { EXPORTED_AT, exportText } from '../helpers/library-file';
import { withDb } from '../helpers/with-db';

const byId = (items: readonly Item[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Libraries of up to a few read chunks (of 100 items), chunk boundaries included. */
const libraries = fc.uniqueArray(fc.oneof(jobItem, articleItem), { maxLength: 320, size: 'max', selector: (item) => item.id });

describe('writeLibrary', () => {
  test('writes the file of exportParts: every item as stored, in id order, however many chunks it is read in', async () => {
    await checkProperty(
      fc.asyncProperty(libraries, async (items) => {
        await withDb(async (db) => {
          await db.items.bulkPut(items);
          expect(await exportText(db)).toBe(exportParts(byId(items), EXPORTED_AT).join(''));
        });
      }),
      // Shrinking libraries of hundreds of items would outlast the timeout; the first failure tells enough.
      { numRuns: 10, endOnFailure: true },
    );
  }, 120_000);

  test('the envelope and the count are the first line, each item a line of its own, and the file ends with "]}"', async () => {
    const items = byId(
      fc.sample(fc.uniqueArray(fc.oneof(jobItem, articleItem), { minLength: 3, maxLength: 3, selector: (item) => item.id }), {
        numRuns: 1,
        seed: 5,
      })[0]!,
    );
    await withDb(async (db) => {
      await db.items.bulkPut(items);
      const lines = (await exportText(db)).split('\n');
      expect(lines[0]).toBe('{"format":"science-clipper","version":2,"exportedAt":"2026-11-22T00:00:00.000Z","count":3,"items":[');
      expect(lines.slice(1, 4).map((line) => JSON.parse(line.replace(/,$/, '')))).toEqual(JSON.parse(JSON.stringify(items)));
      expect(lines.slice(4)).toEqual([']}', '']);
    });
  });

  test('the page summaries only split the reading: items missing from them are exported all the same', async () => {
    const items = byId(
      fc.sample(fc.uniqueArray(fc.oneof(jobItem, articleItem), { minLength: 400, maxLength: 400, selector: (item) => item.id }), {
        numRuns: 1,
        seed: 3,
      })[0]!,
    );
    const file = exportParts(items, EXPORTED_AT).join('');
    await withDb(async (db) => {
      await db.items.bulkPut(items);
      // One page in four left out: the reads are still split in chunks, each now holding unlisted items.
      const pages = await db.pageSummaries.toCollection().primaryKeys();
      await db.pageSummaries.bulkDelete(pages.filter((_, i) => i % 4 === 1));
      expect(await exportText(db)).toBe(file);
      await db.pageSummaries.clear();
      expect(await exportText(db)).toBe(file);
    });
  }, 60_000);

  test('writes ASCII alone, every other character escaped, and reads back as the same items', async () => {
    const [job, article] = fc.sample(fc.tuple(jobItem, articleItem), { numRuns: 1, seed: 11 })[0]!;
    const items = byId([
      { ...job, title: 'Applied Scientist, Zürich — “Alexa” 🧪', notes: 'naïve café\u2028ok' },
      { ...article, tags: ['straße', '日本語'] },
    ]);
    await withDb(async (db) => {
      await db.items.bulkPut(items);
      const text = await exportText(db);
      expect(text).toMatch(/^[\x00-\x7f]*$/);
      expect(text).toContain('Z\\u00fcrich \\u2014 \\u201cAlexa\\u201d \\ud83e\\uddea');
      expect((JSON.parse(text) as { items: Item[] }).items).toEqual(JSON.parse(JSON.stringify(items)));
      expect(text).toBe(exportParts(items, EXPORTED_AT).join(''));
    });
  });

  test('reports its progress chunk by chunk, up to the count it wrote in the envelope', async () => {
    const items = byId(
      fc.sample(fc.uniqueArray(jobItem, { minLength: 250, maxLength: 250, selector: (item) => item.id }), { numRuns: 1, seed: 9 })[0]!,
    );
    await withDb(async (db) => {
      await db.items.bulkPut(items);
      const progress: Array<[number, number]> = [];
      expect(await writeLibrary(db, () => undefined, { onProgress: (written, total) => progress.push([written, total]) })).toBe(250);
      expect(progress.at(-1)).toEqual([250, 250]);
      expect(progress.length).toBeGreaterThan(1);
    });
  }, 60_000);
});
