import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseHTML } from 'linkedom';
import { describe, expect, it } from 'vitest';
import { lettersFor } from '../../../lib/extract/letters';
import { fullName, readPerson } from '../../../lib/extract/amazon-science/person';

const ASCII = lettersFor(['Ada']);
const UNICODE = lettersFor(['Zoë']);
const FIXTURES = join(__dirname, '../../fixtures');

/** The paragraphs, list items and headings of every fixture page. */
function fixtureTexts(): string[] {
  return readdirSync(FIXTURES)
    .filter((file) => file.endsWith('.html'))
    .flatMap((file) => {
      const { document } = parseHTML(readFileSync(join(FIXTURES, file), 'utf8'));
      return [...document.querySelectorAll('p, li, h1, h2, h3, figcaption, blockquote')].map((el) => el.textContent ?? '');
    });
}

describe('lettersFor', () => {
  it('spells the classes in ASCII for text whose only characters beyond ASCII are punctuation', () => {
    expect(ASCII.flags).toBe('');
    expect(lettersFor(['“Ada’s model” – a step… forward', 'Ada\u00a0Example', '© 2026 · 20°'])).toBe(ASCII);
  });

  it('spells them in Unicode as soon as one text has a letter or a digit beyond ASCII', () => {
    expect(UNICODE.flags).toBe('u');
    for (const text of ['Łukasz Kaiser', 'Zoë', '李娜', 'Ἀριστοτέλης', 'x²', 'مريم']) expect(lettersFor(['Ada', text])).toBe(UNICODE);
  });

  it('reads every fixture text that it spells in ASCII exactly as the Unicode classes do', () => {
    const texts = fixtureTexts().filter((text) => lettersFor([text]) === ASCII);
    expect(texts.length).toBeGreaterThan(500);
    const ascii = new RegExp(fullName(ASCII), 'g');
    const unicode = new RegExp(fullName(UNICODE), 'gu');
    for (const text of texts)
      expect([...text.matchAll(ascii)].map((m) => [m.index, m[0]])).toEqual([...text.matchAll(unicode)].map((m) => [m.index, m[0]]));
  });
});

describe('people named with letters beyond ASCII', () => {
  it('are read with the Unicode classes', () => {
    expect(readPerson(['Zoë Ångström is a senior applied scientist in the Alexa AI team at Amazon.'], null)).toEqual({
      name: 'Zoë Ångström',
      role: 'senior applied scientist',
      team: 'Alexa AI',
      organization: 'Amazon',
    });
    expect(readPerson(['As director of applied science at Amazon Robotics, Łukasz Żółw oversees the lab.'], null)).toEqual({
      name: 'Łukasz Żółw',
      role: 'director of applied science',
      team: null,
      organization: 'Amazon Robotics',
    });
  });

  it('are read the same whether another text of the page is ASCII or not', () => {
    const intro = 'Ada Example is a principal scientist at Amazon Robotics.';
    expect(readPerson([intro, 'She studied in Malmö.'], null)).toEqual(readPerson([intro, 'She studied in Boston.'], null));
  });
});
