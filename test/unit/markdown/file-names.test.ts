import fc from 'fast-check';
import { describe, expect, test } from 'vitest';
import { MAX_STEM_CHARS, markdownZipName, safeFileStem, UniqueNames } from '../../../lib/markdown/file-names';

const WINDOWS_FORBIDDEN = /[<>:"/\\|?*\u0000-\u001f]/;

describe('file names from titles', () => {
  test('characters Windows forbids, and those that break Obsidian links, are replaced', () => {
    expect(safeFileStem('Field notes: <img src=x> "quoted" a/b\\c | d? e* f#g^h[i]')).toBe(
      "Field notes - img src=x 'quoted' a-b-c d e f g h i",
    );
    expect(safeFileStem('tab\there\nnewline\u0000nul')).toBe('tab here newline nul');
  });

  test('device names Windows reserves are changed, with or without an extension, in any case', () => {
    expect(['CON', 'con', 'Nul', 'aux', 'PRN', 'COM1', 'lpt9', 'COM¹', 'CON.backup', 'nul .x'].map(safeFileStem)).toEqual([
      'CON_',
      'con_',
      'Nul_',
      'aux_',
      'PRN_',
      'COM1_',
      'lpt9_',
      'COM¹_',
      'CON_.backup',
      'nul_ .x',
    ]);
    for (const name of ['Console', 'CONTEXT', 'COM10', 'Auxiliary']) expect(safeFileStem(name)).toBe(name);
  });

  test('no leading or trailing dots or spaces; an empty title gets a name', () => {
    expect(safeFileStem('  ...hidden. . ')).toBe('hidden');
    expect(safeFileStem('Ends with dots...')).toBe('Ends with dots');
    expect(safeFileStem('')).toBe('Untitled');
    expect(safeFileStem(' ?*: ')).toBe('-');
    expect(safeFileStem('...')).toBe('Untitled');
  });

  test('invisible direction and zero-width marks are dropped, so a name cannot pose as another', () => {
    expect(safeFileStem('report\u202Edm.exe')).toBe('reportdm.exe');
    expect(safeFileStem('a\u200Bb\uFEFF')).toBe('ab');
  });

  test('long titles are cut to a length every file system takes, between words where it can, never inside a character', () => {
    expect(safeFileStem('How Rajeev Rastogi’s machine learning team in India develops innovations for customers worldwide')).toBe(
      'How Rajeev Rastogi’s machine learning team in India develops innovations for',
    );
    const stem = safeFileStem('😀'.repeat(200));
    expect(Array.from(stem)).toHaveLength(50);
    expect(new TextEncoder().encode(stem).length).toBeLessThanOrEqual(200);
    expect(stem).not.toMatch(/[\uD800-\uDBFF]$/);
    expect(Array.from(safeFileStem('word '.repeat(100))).length).toBeLessThanOrEqual(MAX_STEM_CHARS);
  });

  test('any title gives a name valid on Windows, macOS and Linux', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (title) => {
        const stem = safeFileStem(title);
        expect(stem.length).toBeGreaterThan(0);
        expect(stem).not.toMatch(WINDOWS_FORBIDDEN);
        expect(stem).not.toMatch(/^[\s.]|[\s.]$/);
        expect(new TextEncoder().encode(`${stem} (99).md`).length).toBeLessThanOrEqual(255);
        expect(stem.isWellFormed()).toBe(true);
        expect(stem.split('.')[0]!.trim()).not.toMatch(/^(con|prn|aux|nul|com[0-9¹²³]|lpt[0-9¹²³])$/i);
      }),
      { seed: 7, numRuns: 300 },
    );
  }, 30_000);

  test('names in one folder are unique without regard to case or Unicode normalisation', () => {
    const names = new UniqueNames();
    expect(names.take('Title', '.md')).toBe('Title.md');
    expect(names.take('title', '.md')).toBe('title (2).md');
    expect(names.take('TITLE', '.md')).toBe('TITLE (3).md');
    expect(names.take('Café', '.md')).toBe('Café.md');
    expect(names.take('Cafe\u0301', '.md')).toBe('Cafe\u0301 (2).md');
    expect(names.take('Title', '.png')).toBe('Title.png');
    const long = 'x'.repeat(MAX_STEM_CHARS);
    expect(names.take(long, '.md')).toBe(`${long}.md`);
    expect(names.take(long, '.md')).toBe(`${'x'.repeat(MAX_STEM_CHARS - 4)} (2).md`);
  });

  test('the archive is named after the day, and the tag when it holds one tag', () => {
    const day = new Date(2026, 10, 22, 23, 30).getTime();
    expect(markdownZipName(day)).toBe('science-clipper-markdown-2026-11-22.zip');
    expect(markdownZipName(day, 'to read')).toBe('science-clipper-markdown-2026-11-22-to read.zip');
  });
});
