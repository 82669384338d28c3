import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanText, cleansLongerThan } from '../../../lib/extract/text';
import { checkProperty } from '../helpers/property';

// Text as pages give it: words, and every kind of whitespace between them (newlines, tabs,
// non-breaking, zero-width, ideographic and byte-order-mark spaces, runs of them).
const pageText = fc
  .array(fc.constantFrom('a', 'Zé', '😀', ':', ' ', '  ', '\n', '\t', '\u00a0', '\u200b', '\u3000', '\ufeff', '\u2003'), { maxLength: 40 })
  .map((parts) => parts.join(''));

/** The rule cleanText states, written the plain way: every run of whitespace becomes one space, ends trimmed. */
const collapsed = (s: string) => s.replace(/[\s\u200b]+/g, ' ').trim();

describe('cleanText', () => {
  it('collapses every run of whitespace into one space and trims', async () => {
    await checkProperty(
      fc.property(pageText, (s) => cleanText(s) === collapsed(s)),
      { numRuns: 2_000 },
    );
  });

  it('gives already clean text back as it is', () => {
    const clean = 'Senior Applied Scientist, Alexa AI';
    expect(cleanText(clean)).toBe(clean);
    expect(cleanText(' \u200b Job\u00a0ID:\n\t 1324373 ')).toBe('Job ID: 1324373');
  });

  it('cleans a text asked for again the same way, also after texts larger than its memory have emptied it', () => {
    const line = ' Key job\u00a0responsibilities \n';
    expect(cleanText(line)).toBe('Key job responsibilities');
    const page = `${'word  '.repeat(700_000)}end`;
    expect(cleanText(page)).toBe(`${'word '.repeat(700_000)}end`);
    expect(cleanText(`${page} `)).toBe(`${'word '.repeat(700_000)}end`);
    expect(cleanText(line)).toBe('Key job responsibilities');
    expect(cleanText(null)).toBe('');
  });
});

describe('cleansLongerThan', () => {
  it('tells whether the cleaned text is longer than the limit', async () => {
    await checkProperty(
      fc.property(pageText, fc.integer({ min: 0, max: 12 }), (s, max) => cleansLongerThan(s, max) === collapsed(s).length > max),
      { numRuns: 2_000 },
    );
  });

  it('counts a label padded by the markup’s indentation as short', () => {
    expect(cleansLongerThan('\n          Location\n        ', 10)).toBe(false);
    expect(cleansLongerThan('Basic qualifications and everything after them', 10)).toBe(true);
  });
});
