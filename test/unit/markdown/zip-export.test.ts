// @vitest-environment node
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, test } from 'vitest';
import type { ArticleItem, Item, JobItem } from '../../../lib/db/schema';
import { clipImageKeys } from '../../../lib/images/sources';
import { safeFileStem } from '../../../lib/markdown/file-names';
import { exportMarkdownZip, type ZipProgress } from '../../../lib/markdown/zip-export';
import { generateLibrary } from '../../bench/library-generator';
import { withDb } from '../helpers/with-db';
import { goldenItem, readNote } from './notes';

const NOW = new Date(2026, 10, 22, 12).getTime();
const FOLDER = 'science-clipper-markdown-2026-11-22/';
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 1, 2, 3]);

function unzip(bytes: ArrayBuffer): Record<string, Uint8Array> {
  return unzipSync(new Uint8Array(bytes));
}

/** The relative picture paths a note links to, decoded. */
function pictureLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\((?!https:)([^)\s]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
}

describe('Markdown .zip export', () => {
  test('one note per item in one folder, the stored pictures in assets/ linked by relative paths, shared pictures written once', async () => {
    const leino = goldenItem('science-profile-leino') as ArticleItem;
    const rastogi = goldenItem('science-qa-rastogi') as ArticleItem;
    const job = goldenItem('jobs-detail-1324373') as JobItem;
    const leinoKeys = clipImageKeys(leino.clip);
    const [hero, missing] = leinoKeys;
    // Another item shows the same hero: one copy in the archive serves both notes.
    const twin: ArticleItem = {
      ...leino,
      id: 'url:https://www.amazon.science/twin',
      title: leino.title,
      clip: { ...leino.clip, url: 'https://www.amazon.science/twin' },
    };
    const blob = await withDb(async (db) => {
      await db.items.bulkPut([leino, rastogi, job, twin]);
      await db.images.bulkPut([
        {
          src: hero!,
          itemIds: [leino.id, twin.id],
          status: 'ok',
          blob: new Blob([PNG], { type: 'image/png' }),
          bytes: PNG.length,
          type: 'image/png',
        },
        { src: missing!, itemIds: [leino.id], status: 'missing', blob: null, bytes: 0, type: null },
      ]);
      return exportMarkdownZip(db, { kind: 'all' }, NOW);
    });
    const files = unzip(await blob.arrayBuffer());
    const notes = Object.keys(files).filter((name) => name.endsWith('.md'));
    expect(notes.sort()).toEqual(
      [`${leino.title}.md`, `${leino.title} (2).md`, `${safeFileStem(rastogi.title)}.md`, 'Senior Applied Scientist - NLP - IR.md']
        .map((name) => FOLDER + name)
        .sort(),
    );
    expect(Object.keys(files).filter((name) => name.includes('/assets/'))).toEqual([`${FOLDER}assets/${leino.title}-1.png`]);
    expect(files[`${FOLDER}assets/${leino.title}-1.png`]).toEqual(PNG);
    for (const note of notes) {
      const text = strFromU8(files[note]!);
      readNote(text);
      for (const link of pictureLinks(text)) expect(files[FOLDER + link], `${note} links ${link}`).toBeDefined();
    }
    const leinoNote = strFromU8(files[`${FOLDER}${leino.title}.md`]!);
    expect(pictureLinks(leinoNote)).toEqual([`assets/${leino.title}-1.png`]);
    // The picture that was not stored keeps the site's address.
    expect(leinoNote).toContain(`](${missing})`);
    expect(pictureLinks(strFromU8(files[`${FOLDER}${leino.title} (2).md`]!))).toEqual([`assets/${leino.title}-1.png`]);
  });

  test('one tag, or the chosen items; progress counted up to the total', async () => {
    const items: Item[] = generateLibrary(230, { seed: 3 });
    const tagged = items.filter((item) => item.tags.includes('ml'));
    const chosen = items.slice(0, 150).map((item) => item.id);
    await withDb(async (db) => {
      await db.items.bulkPut(items);
      const progress: ZipProgress[] = [];
      const all = unzip(await (await exportMarkdownZip(db, { kind: 'all' }, NOW, (p) => progress.push(p))).arrayBuffer());
      expect(Object.keys(all).filter((name) => name.endsWith('.md'))).toHaveLength(230);
      expect(progress).toEqual([0, 100, 200, 230].map((done) => ({ done, total: 230 })));
      const byTag = unzip(await (await exportMarkdownZip(db, { kind: 'tag', tag: 'ml' }, NOW)).arrayBuffer());
      const titles = Object.values(byTag).map((bytes) => readNote(strFromU8(bytes)).properties.title);
      expect(titles.sort()).toEqual(tagged.map((item) => item.title).sort());
      const some = unzip(
        await (await exportMarkdownZip(db, { kind: 'items', ids: [...chosen, 'url:https://gone.example/'] }, NOW)).arrayBuffer(),
      );
      expect(Object.keys(some)).toHaveLength(150);
    });
  }, 60_000);

  test('an empty selection gives an empty archive, not an error', async () => {
    const blob = await withDb((db) => exportMarkdownZip(db, { kind: 'items', ids: [] }, NOW));
    expect(Object.keys(unzip(await blob.arrayBuffer()))).toEqual([]);
  });
});
