// @vitest-environment node
import { afterEach, describe, expect, test } from 'vitest';
import { ClipperDB } from '../../../lib/db/schema';
import { exportParts } from '../../../lib/export/library-json';
import { exportEntries, ImportRefused, readExport, type CheckedEntry } from '../../../lib/import/read-export';
import { articleItem, jobItem } from '../ui/helpers';
import { chunksOf, importText } from '../helpers/library-file';

const leino = articleItem('science-profile-leino', { tags: ['verification'] });
const job = jobItem('jobs-detail-1324373', { status: 'applied', tags: ['berlin'] });
const NOW = Date.UTC(2026, 10, 22);
const good = exportParts([leino, job], NOW).join('');
const envelope = (items: unknown[], version = 1) =>
  JSON.stringify({ format: 'science-clipper', version, exportedAt: '2026-11-22T00:00:00.000Z', items });

/** A version-1 file exactly as the extension wrote it before version 2 (no count in the envelope). */
function versionOneFile(items: readonly unknown[]): string {
  const head = `{"format":"science-clipper","version":1,"exportedAt":"2026-01-05T10:00:00.000Z","items":[`;
  return `${head}${items.map((item, i) => `${i === 0 ? '\n' : ',\n'}${JSON.stringify(item)}`).join('')}\n]}\n`;
}

let db: ClipperDB;
afterEach(() => db?.delete());

/** Every entry a file gives, read the way the background reads it (in chunks of `chunk` characters). */
async function streamed(text: string, chunk = 1000): Promise<CheckedEntry[]> {
  const entries: CheckedEntry[] = [];
  for await (const { entry } of exportEntries(chunksOf(text, chunk))) if (entry) entries.push(entry);
  return entries;
}

async function expectRefused(text: string, message: RegExp) {
  db = new ClipperDB(`test-${Math.random()}`);
  await db.items.put(leino);
  const before = await db.items.toArray();
  await expect(importText(db, text)).rejects.toSatisfy((e) => e instanceof ImportRefused && message.test((e as Error).message));
  expect(await db.items.toArray()).toEqual(before);
  expect(await db.cardStaging.count()).toBe(0);
}

// Each of these is refused as a whole, with one message ending "Nothing was imported." once, and
// the library is left as it was.
const BAD_FILES: Array<[string, string, RegExp]> = [
  ['an empty file', '', /not valid JSON/],
  ['a file that is not JSON', '<html>not an export</html>', /not valid JSON/],
  ['a truncated export, cut inside an item', good.slice(0, Math.floor(good.length / 2)), /ends in the middle/],
  ['a truncated export, cut between items', good.slice(0, good.indexOf('\n', good.indexOf('\n') + 1) + 1), /ends in the middle/],
  ['a truncated export, cut before its last line', good.slice(0, good.lastIndexOf(']}')), /ends in the middle/],
  ['a truncated one-line export', envelope([leino]).slice(0, 500), /cut short/],
  ['JSON of another program', JSON.stringify({ bookmarks: [] }), /not a Science Clipper export/],
  ['a JSON array', '[]', /not a Science Clipper export/],
  ['a JSON string', '"science-clipper"', /not a Science Clipper export/],
  ['null', 'null', /not a Science Clipper export/],
  ['another format name', good.replace('"science-clipper"', '"science-clippers"'), /not a Science Clipper export/],
  ['an export of a later version', JSON.stringify({ format: 'science-clipper', version: 3, items: [] }), /version 3/],
  ['a later version, laid out by line', good.replace('"version":2', '"version":9'), /version 9/],
  ['items that are not a list', JSON.stringify({ format: 'science-clipper', version: 1, items: {} }), /damaged/],
  ['no item list', JSON.stringify({ format: 'science-clipper', version: 2, count: 0 }), /damaged/],
  ['a count that is not the number of items', good.replace('"count":2', '"count":3'), /says it holds 3 items but holds 2/],
  [
    'a one-line file whose count is wrong',
    JSON.stringify({ format: 'science-clipper', version: 2, count: 5, items: [] }),
    /says it holds 5 items but holds 0/,
  ],
  ['an item line that is not JSON', good.replace('\n{', '\n{{'), /item 1 is not valid JSON/],
  ['text after the end', `${good}{"more":true}\n`, /text after the end/],
  [
    'a "__proto__" key in an item',
    envelope([JSON.parse(JSON.stringify(job))]).replace('"id"', '"__proto__":{"polluted":true},"id"'),
    /__proto__/,
  ],
  ['a "constructor" key in an item line', good.replace('"tags"', '"constructor":{"prototype":{}},"tags"'), /__proto__/],
  [
    '100 MB of junk after a valid head',
    `{"format":"science-clipper","version":1,"items":[${'9'.repeat(100 * 1024 * 1024)}`,
    /cut short|not valid JSON/,
  ],
];

describe('a file that is not a whole Science Clipper export is refused, and nothing is written', () => {
  test.each(BAD_FILES)(
    '%s',
    async (_, text, message) => {
      await expectRefused(text, message);
    },
    60_000,
  );

  test('the refusal says "Nothing was imported." once, and nothing else wraps it', async () => {
    for (const [, text] of BAD_FILES.slice(0, 8)) {
      const error = await streamed(text).then(
        () => null,
        (e: unknown) => e as Error,
      );
      expect(error?.message.match(/Nothing was imported/g)).toHaveLength(1);
      expect(error?.message).not.toMatch(/ImportRefused|Error:/);
    }
  });

  test('no prototype was touched', () => {
    expect(({} as Record<string, unknown>).polluted).toBeUndefined();
  });
});

describe('old and reformatted files still import', () => {
  test('a version-1 file as the extension wrote it is read a line at a time', async () => {
    expect((await streamed(versionOneFile([leino, job]), 7)).map((entry) => entry.item)).toEqual([leino, job]);
  });

  test('a version-1 file on one line, or pretty-printed by another program, is read whole', async () => {
    expect((await streamed(envelope([leino, job]))).map((entry) => entry.item)).toEqual([leino, job]);
    expect((await streamed(JSON.stringify(JSON.parse(good), null, 2))).map((entry) => entry.item)).toEqual([leino, job]);
  });

  test('a version-1 file imports into an empty library, every field kept', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const { result } = await importText(db, versionOneFile([leino, job]));
    expect(result).toEqual({ new: 2, updated: 0, unchanged: 0, invalid: 0 });
    expect(await db.items.get(leino.id)).toEqual(leino);
    expect(await db.items.get(job.id)).toEqual(job);
  });

  test('a job saved before pay was read (no "pay") imports with no pay', async () => {
    const { pay: _pay, ...clip } = job.clip;
    const legacy = versionOneFile([{ ...job, clip }]);
    const noPay = { ...job, clip: { ...job.clip, pay: [] } };
    const [entry] = await streamed(legacy);
    expect(entry?.item).toEqual(noPay);
    db = new ClipperDB(`test-${Math.random()}`);
    expect((await importText(db, legacy)).result).toMatchObject({ new: 1 });
    expect(await db.items.get(job.id)).toEqual(noPay);
  });

  test('an envelope key this build does not know (a later block, before "items") keeps the file read a line at a time', async () => {
    const withBlock = good.replace('"items":[', '"settings":{"reminders":true},"items":[');
    expect((await streamed(withBlock, 5)).map((entry) => entry.item)).toEqual([leino, job]);
    // Read a line at a time, a damaged item is named by its place; read whole, it would not be.
    const damaged = withBlock.replace('\n{', '\n{{');
    await expect(streamed(damaged)).rejects.toThrow(/item 1 is not valid JSON/);
    await expect(streamed(withBlock.replace('"settings":{', '"settings":{"__proto__":{},'))).rejects.toThrow(/__proto__/);
  });

  test('Windows line ends are read like any other', async () => {
    expect((await streamed(good.replace(/\n/g, '\r\n'), 5)).map((entry) => entry.item)).toEqual([leino, job]);
  });
});

describe('each item is checked, and the bad ones are counted as invalid', () => {
  test('wrong types, a huge string, a javascript: address and a missing field are invalid; the good item is kept', async () => {
    const items = [
      { ...job, savedAt: 'yesterday' },
      { ...leino, clip: { ...leino.clip, text: 'x'.repeat(2_000_001) } },
      { ...leino, clip: { ...leino.clip, url: 'javascript:alert(1)' } },
      { ...job, clip: { ...job.clip, jobId: undefined } },
      { ...job, kind: 'article' },
      'a string',
      job,
    ];
    for (const entries of [await streamed(versionOneFile(items)), await streamed(envelope(items))]) {
      expect(entries.filter((entry) => entry.item).map((entry) => entry.item)).toEqual([job]);
      expect(entries.filter((entry) => !entry.item).map((entry) => entry.index)).toEqual([0, 1, 2, 3, 4, 5]);
      expect(entries[0]!.message).toMatch(/^savedAt: /);
      expect(entries[1]!.message).toMatch(/^clip\.text: /);
    }
  });

  test('an address off our sites, over http, or a picture off the image hosts makes an item invalid', async () => {
    const items = [
      { ...leino, clip: { ...leino.clip, url: 'https://evil.example/blog/x' } },
      { ...leino, sourceUrls: ['http://www.amazon.science/blog/x'] },
      { ...leino, clip: { ...leino.clip, hero: { ...leino.clip.hero!, src: 'javascript:alert(1)' } } },
      { ...leino, clip: { ...leino.clip, hero: { ...leino.clip.hero!, src: 'https://tracker.example/p.png' } } },
      { ...job, clip: { ...job.clip, applyUrl: 'javascript:alert(1)' } },
    ];
    const entries = await streamed(versionOneFile(items));
    expect(entries.map((entry) => entry.item)).toEqual([undefined, undefined, undefined, undefined, undefined]);
    expect(entries.map((entry) => entry.message?.split(':')[0])).toEqual([
      'clip.url',
      'sourceUrls.0',
      'clip.hero.src',
      'clip.hero.src',
      'clip.applyUrl',
    ]);
  });

  test('the id comes from the clip (canonical address, job id), tags are normalised, unknown keys are dropped', () => {
    const [item] = readExport(
      envelope([{ ...leino, id: 'url:https://evil.example/', tags: [' Verification ', 'verification', 'ML'], extra: 'x' }]),
    ).items;
    expect(item).toEqual({ ...leino, tags: ['verification', 'ml'] });
  });
});

describe('import merges by identity like a re-save', () => {
  test('the preview counts new, updated and unchanged; the import writes only what changed', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const other = jobItem({ careers: 0 });
    await db.items.bulkPut([leino, other]);
    const richer = { ...other, tags: ['new tag'] };
    const { preview, result } = await importText(db, exportParts([leino, richer, job]).join(''), 9);
    expect(preview.counts).toEqual({ new: 1, updated: 1, unchanged: 1 });
    expect(result).toEqual({ new: 1, updated: 1, unchanged: 1, invalid: 0 });
    expect(await db.items.get(other.id)).toMatchObject({ tags: ['new tag'], updatedAt: 9 });
    expect(await db.items.get(leino.id)).toEqual(leino);
  });

  test("a job's richer fields win and the stored user data is kept; an older article never replaces a newer one", async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const card = {
      ...job,
      clip: {
        ...job.clip,
        company: null,
        applyUrl: null,
        basicQualifications: [],
        preferredQualifications: [],
        description: 'short teaser',
      },
      status: 'saved' as const,
      statusHistory: [{ status: 'saved' as const, at: 1 }],
      tags: ['card'],
      notes: 'my note',
    };
    const newerArticle = { ...leino, updatedAt: leino.updatedAt + 1000, clip: { ...leino.clip, dek: 'Newer dek' } };
    await db.items.bulkPut([card, newerArticle]);
    await importText(db, exportParts([job, leino]).join(''), 77);
    const merged = await db.items.get(job.id);
    expect(merged).toMatchObject({ clip: job.clip, status: 'applied', notes: 'my note', tags: ['card', 'berlin'] });
    expect(await db.items.get(leino.id)).toMatchObject({ clip: { dek: 'Newer dek' } });
  });

  test('an id repeated in the file counts once, and its copies are merged in file order', async () => {
    db = new ClipperDB(`test-${Math.random()}`);
    const { preview, result } = await importText(db, versionOneFile([{ ...job, tags: ['a'] }, leino, { ...job, tags: ['b'] }]), 5);
    expect(preview.counts).toEqual({ new: 2, updated: 0, unchanged: 0 });
    expect(result).toMatchObject({ new: 2, updated: 0, unchanged: 0 });
    expect((await db.items.get(job.id))!.tags).toEqual(['a', 'b']);
  });
});
