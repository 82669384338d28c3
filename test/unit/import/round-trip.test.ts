import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { ClipperDB } from '@/lib/db/schema';
import { exportLibraryParts } from '@/lib/export/library-json';
import { importItems, previewImport } from '@/lib/import/merge-import';
import { readExport } from '@/lib/import/read-export';
import { readAllCards } from '@/lib/db/read-model/live-cards';
import { generateLibrary } from '../../bench/library-generator';
import { library } from './arbitraries';
import { withDb } from '../helpers/with-db';

async function exportText(db: ClipperDB): Promise<string> {
  return (await exportLibraryParts(db, Date.UTC(2026, 10, 22))).join('');
}

describe('export → import', () => {
  test('restores any library exactly in an empty profile, and re-importing it changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(library, async (items) => {
        const text = await withDb(async (source) => {
          await source.items.bulkPut(items);
          return exportText(source);
        });
        await withDb(async (target) => {
          const read = readExport(text);
          expect(read.invalid).toEqual([]);
          expect(await importItems(target, read.items)).toEqual({ new: items.length, updated: 0, unchanged: 0 });
          // Through JSON only to give fast-check's prototype-less records a plain prototype.
          const expected = JSON.parse(JSON.stringify([...items].sort((a, b) => (a.id < b.id ? -1 : 1))));
          expect(await target.items.toArray()).toStrictEqual(expected);
          expect(JSON.parse(await exportText(target))).toStrictEqual(JSON.parse(text));
          expect(await previewImport(target, read.items)).toEqual({ new: 0, updated: 0, unchanged: items.length });
        });
      }),
      { numRuns: 40 },
    );
  });

  test('restores a realistic library generated from the fixtures', async () => {
    const items = generateLibrary(300, { seed: 7 });
    const text = await withDb(async (source) => {
      await source.items.bulkPut(items);
      return exportText(source);
    });
    await withDb(async (target) => {
      await importItems(target, readExport(text).items);
      expect(await target.items.toArray()).toStrictEqual(await withDb(async (source) => {
        await source.items.bulkPut(items);
        return source.items.toArray();
      }));
      expect(await readAllCards(target)).toHaveLength(300);
    });
  }, 60_000);
});
