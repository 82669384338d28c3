import { describe, expect, test } from 'vitest';
import { cardOf } from '../../../lib/db/read-model/card';
import { SearchIndex } from '../../../lib/search/search-index';
import { libraryAddress, suggestionsFor } from '../../../lib/omnibox';
import { articleItem, jobItem } from '../ui/helpers';

describe('address-bar suggestions', () => {
  const leino = cardOf(articleItem('science-profile-leino'));
  const hostile = { ...cardOf(jobItem({ careers: 0 })), title: 'Scientist <dim>&</dim> "x"' };
  const index = new SearchIndex();
  index.upsert(leino);
  index.upsert(hostile);
  const cards = new Map([leino, hostile].map((c) => [c.id, c]));

  test('a match opens the item in the reader', () => {
    const [first] = suggestionsFor(index, cards, 'leino');
    expect(first!.content).toMatch(/\/reader\.html\?id=url%3Ahttps%3A%2F%2Fwww\.amazon\.science%2Fworking-at-amazon%2Frustan-leino/);
    expect(first!.description).toBe(
      '<match>Rustan Leino provides proof that software is bug-free</match> <dim>Profile · Rustan Leino</dim>',
    );
  });

  test("the page's text is escaped, never read as the omnibox's XML", () => {
    const [first] = suggestionsFor(index, cards, 'scientist');
    expect(first!.description).toContain('Scientist &#60;dim&#62;&#38;&#60;/dim&#62; &#34;x&#34;');
  });

  test('Enter without a pick searches the library page for the words typed', () => {
    expect(libraryAddress('proof leino')).toMatch(/\/library\.html\?q=proof%20leino$/);
  });
});
