// @vitest-environment node
// (jsdom's Blob cannot be read back.)
import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import type { Item } from '@/lib/db/schema';
import { exportLibrary, exportParts } from '@/lib/export/library-json';
import { articleItem, jobItem } from '../import/arbitraries';
import { withDb } from '../helpers/with-db';

const NOW = Date.UTC(2026, 10, 22);

const byId = (items: readonly Item[]) => [...items].sort((a, b) => (a.id < b.id ? -1 : 1));

/** Libraries of up to a few read chunks (of 100 items), chunk boundaries included. */
const libraries = fc.uniqueArray(fc.oneof(jobItem, articleItem), { maxLength: 320, size: 'max', selector: (item) => item.id });

describe('exportLibrary', () => {
  test('is the file of exportParts: every item as stored, in id order, however many chunks it is read in', async () => {
    await fc.assert(
      fc.asyncProperty(libraries, async (items) => {
        await withDb(async (db) => {
          await db.items.bulkPut(items);
          const blob = await exportLibrary(db, NOW);
          expect(blob.type).toBe('application/json');
          expect(await blob.text()).toBe(exportParts(byId(items), NOW).join(''));
        });
      }),
      // Shrinking libraries of hundreds of items would outlast the timeout; the first failure tells enough.
      { numRuns: 12, endOnFailure: true },
    );
  }, 60_000);

  test('the page summaries only split the reading: items missing from them are exported all the same', async () => {
    const items = byId(fc.sample(fc.uniqueArray(fc.oneof(jobItem, articleItem), { minLength: 400, maxLength: 400, selector: (item) => item.id }), { numRuns: 1, seed: 3 })[0]!);
    const file = exportParts(items, NOW).join('');
    await withDb(async (db) => {
      await db.items.bulkPut(items);
      // One page in four left out: the reads are still split in chunks, each now holding unlisted items.
      const pages = await db.pageSummaries.toCollection().primaryKeys();
      await db.pageSummaries.bulkDelete(pages.filter((_, i) => i % 4 === 1));
      expect(await (await exportLibrary(db, NOW)).text()).toBe(file);
      await db.pageSummaries.clear();
      expect(await (await exportLibrary(db, NOW)).text()).toBe(file);
    });
  });
});
