import { describe, expect, test } from 'vitest';
import { highlight, queryWords } from '../../../lib/search/highlight';

const marked = (text: string, query: string) =>
  highlight(text, queryWords(query))
    .map((s) => (s.match ? `[${s.text}]` : s.text))
    .join('');

describe('highlight', () => {
  test('marks the typed prefix of each matching word, whatever its case', () => {
    expect(marked('Rustan Leino provides proof that software is bug-free', 'leino PRO')).toBe(
      'Rustan [Leino] [pro]vides [pro]of that software is bug-free',
    );
  });

  test('marks the longest query word that starts a word', () => {
    expect(marked('Machine learning', 'ma machine')).toBe('[Machine] learning');
  });

  test('matches accented text with an unaccented query', () => {
    expect(marked('José Álvarez', 'alv')).toBe('José [Álv]arez');
  });

  test('returns the text unmarked without query words, and nothing for empty text', () => {
    expect(marked('Applied Scientist', '  ')).toBe('Applied Scientist');
    expect(highlight('', ['x'])).toEqual([]);
  });

  test('never marks inside a word', () => {
    expect(marked('reasoning', 'son')).toBe('reasoning');
  });
});
