import { afterEach, describe, expect, test } from 'vitest';
import { ClipperDB } from '@/lib/db/schema';
import { exportParts } from '@/lib/export/library-json';
import { importItems, previewImport } from '@/lib/import/merge-import';
import { checkImportSize, ImportRefused, MAX_IMPORT_BYTES, readExport } from '@/lib/import/read-export';
import { articleItem, jobItem } from '../ui/helpers';

const leino = articleItem('science-profile-leino', { tags: ['verification'] });
const job = jobItem('jobs-detail-1324373', { status: 'applied', tags: ['berlin'] });
const good = exportParts([leino, job], Date.UTC(2026, 10, 22)).join('');
const envelope = (items: unknown[]) => JSON.stringify({ format: 'science-clipper', version: 1, exportedAt: '2026-11-22T00:00:00.000Z', items });

let db: ClipperDB;
afterEach(() => db?.delete());

/** Reads and imports the way the library page does; the database must be untouched on refusal. */
async function importText(text: string) {
  db ??= new ClipperDB(`test-${Math.random()}`);
  const read = readExport(text);
  return importItems(db, read.items);
}

async function expectRefused(text: string, message: RegExp) {
  db = new ClipperDB(`test-${Math.random()}`);
  await db.items.put(leino);
  const before = await db.items.toArray();
  await expect(importText(text)).rejects.toSatisfy((e) => e instanceof ImportRefused && message.test((e as Error).message));
  expect(await db.items.toArray()).toEqual(before);
}

describe('readExport refuses a file that is not a whole Science Clipper export, and nothing is written', () => {
  test('a file that is not JSON', () => expectRefused('<html>not an export</html>', /not valid JSON/));
  test('a truncated export', () => expectRefused(good.slice(0, Math.floor(good.length / 2)), /cut short/));
  test('JSON of another program', () => expectRefused(JSON.stringify({ bookmarks: [] }), /not a Science Clipper export/));
  test('a JSON array', () => expectRefused('[]', /not a Science Clipper export/));
  test('an export of a later version', () => expectRefused(JSON.stringify({ format: 'science-clipper', version: 2, items: [] }), /version 2/));
  test('items that are not a list', () => expectRefused(JSON.stringify({ format: 'science-clipper', version: 1, items: {} }), /damaged/));
  test('prototype-pollution keys', async () => {
    await expectRefused(envelope([{ ...job, __proto__: { polluted: true } }]).replace('"id"', '"__proto__":{"polluted":true},"id"'), /__proto__/);
    await expectRefused(envelope([JSON.parse(JSON.stringify(leino))]).replace('"tags"', '"constructor":{"prototype":{}},"tags"'), /__proto__/);
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
  test('a 100 MB file of junk is refused quickly, without reading it as items', () => expectRefused(`{"format":"science-clipper","version":1,"items":[${'9'.repeat(100 * 1024 * 1024)}`, /cut short|not valid JSON/));
  test('a file above the size limit is refused before it is read', () => {
    expect(() => checkImportSize(MAX_IMPORT_BYTES + 1)).toThrow(ImportRefused);
    expect(() => checkImportSize(90 * 1024 * 1024)).not.toThrow();
  });
});

describe('readExport checks each item and counts the bad ones as invalid', () => {
  test('a job exported before pay was read imports, with pay [] (an absent list is none stated)', async () => {
    const { pay: _none, ...legacyClip } = job.clip;
    const read = readExport(envelope([{ ...job, clip: legacyClip }]));
    expect(read.invalid).toEqual([]);
    const [item] = read.items;
    expect(item?.kind === 'job' && item.clip.pay).toEqual([]);
    db = new ClipperDB(`test-${Math.random()}`);
    expect(await importText(envelope([{ ...job, clip: legacyClip }]))).toMatchObject({ new: 1 });
  });

  test('wrong types, a huge string, a javascript: address and a missing field are invalid; the good item is kept', () => {
    const items = [
      { ...job, savedAt: 'yesterday' },
      { ...leino, clip: { ...leino.clip, text: 'x'.repeat(2_000_001) } },
      { ...leino, clip: { ...leino.clip, url: 'javascript:alert(1)' } },
      { ...job, clip: { ...job.clip, jobId: undefined } },
      { ...job, kind: 'article' },
      'a string',
      job,
    ];
    const read = readExport(envelope(items));
    expect(read.items).toEqual([job]);
    expect(read.invalid.map((e) => e.index)).toEqual([0, 1, 2, 3, 4, 5]);
    expect(read.invalid[0]!.message).toMatch(/^savedAt: /);
    expect(read.invalid[1]!.message).toMatch(/^clip\.text: /);
  });

  test('the id comes from the clip (canonical address, job id), tags are normalised, unknown keys are dropped', () => {
    const [item] = readExport(envelope([{ ...leino, id: 'url:https://evil.example/', tags: [' Verification ', 'verification', 'ML'], extra: 'x' }])).items;
    expect(item).toEqual({ ...leino, tags: ['verification', 'ml'] });
  });
});

describe('import merges by identity like a re-save', () => {
  test('the preview counts new, updated and unchanged; the import writes only what changed', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const other = jobItem({ careers: 0 });
    await db.items.bulkPut([leino, other]);
    const richer = { ...other, tags: ['new tag'] };
    const read = readExport(exportParts([leino, richer, job]).join(''));
    expect(await previewImport(db, read.items, 9)).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(await db.items.count()).toBe(2);
    expect(await importItems(db, read.items, 9)).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(await db.items.get(other.id)).toMatchObject({ tags: ['new tag'], updatedAt: 9 });
    expect(await db.items.get(leino.id)).toEqual(leino);
  });

  test("a job's richer fields win and the stored user data is kept; an older article never replaces a newer one", async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const card = { ...job, clip: { ...job.clip, company: null, applyUrl: null, basicQualifications: [], preferredQualifications: [], description: 'short teaser' }, status: 'saved' as const, statusHistory: [{ status: 'saved' as const, at: 1 }], tags: ['card'], notes: 'my note' };
    const newerArticle = { ...leino, updatedAt: leino.updatedAt + 1000, clip: { ...leino.clip, dek: 'Newer dek' } };
    await db.items.bulkPut([card, newerArticle]);
    await importItems(db, readExport(exportParts([job, leino]).join('')).items, 77);
    const merged = await db.items.get(job.id);
    expect(merged).toMatchObject({ clip: job.clip, status: 'applied', notes: 'my note', tags: ['card', 'berlin'] });
    expect(await db.items.get(leino.id)).toMatchObject({ clip: { dek: 'Newer dek' } });
  });
});
