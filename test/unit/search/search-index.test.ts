import { describe, expect, test } from 'vitest';
import type { Item } from '../../../lib/db/schema';
import { cardOf } from '../../../lib/db/read-model/card';
import { foundOnlyIn, SearchIndex } from '../../../lib/search/search-index';
import { articleItem, jobItem } from '../ui/helpers';

function indexOf(items: Item[]): SearchIndex {
  const index = new SearchIndex();
  for (const item of items) index.upsert(cardOf(item));
  return index;
}

const leino = articleItem('science-profile-leino', { tags: ['zebra crossing'] });
const rastogi = articleItem('science-qa-rastogi');
const overfit = articleItem('science-blog-overfit', { tags: ['to read'] });
const berlin = jobItem('jobs-detail-1324373');
const bangalore = jobItem({ careers: 0 });
const library = [leino, rastogi, overfit, berlin, bangalore];

const ids = (index: SearchIndex, query: string) => index.search(query).map((h) => h.id);

describe('SearchIndex', () => {
  test('finds an item by a word of its title, person, company, location, research area, site tag or user tag', () => {
    const index = indexOf(library);
    expect(ids(index, 'leino')).toEqual([leino.id]);
    expect(ids(index, 'Development Center')).toEqual([berlin.id]);
    expect(ids(index, 'bangalore')).toEqual([bangalore.id]);
    expect(ids(index, 'automated reasoning')).toContain(leino.id);
    expect(ids(index, 'to read')).toEqual([overfit.id]);
    expect(ids(index, overfit.clip.siteTags[0]!)).toContain(overfit.id);
  });

  test('finds an item by a word that only its body holds', () => {
    const index = indexOf(library);
    // A phrase of the Berlin posting's description (textIncludes of the fixture), in no other field.
    const hits = index.search('Turkish Arabic Japanese');
    expect(hits.map((h) => h.id)).toEqual([berlin.id]);
    expect(foundOnlyIn(hits[0]!, 'body')).toBe(true);
    expect(foundOnlyIn(index.search('leino')[0]!, 'body')).toBe(false);
  });

  test('matches the last word as a prefix while it is being typed', () => {
    const index = indexOf(library);
    expect(ids(index, 'lei')).toEqual([leino.id]);
    expect(ids(index, 'rustan lei')).toEqual([leino.id]);
  });

  test('requires every word of the query', () => {
    const index = indexOf(library);
    expect(ids(index, 'leino bangalore')).toEqual([]);
  });

  test('ranks a title match above a body match, and a whole word above a prefix', () => {
    const title = {
      ...bangalore,
      id: 'job:1',
      title: 'Reasoning scientist',
      clip: { ...bangalore.clip, jobId: '1', title: 'Reasoning scientist', description: 'x' },
    };
    const body = {
      ...bangalore,
      id: 'job:2',
      title: 'Data engineer',
      clip: { ...bangalore.clip, jobId: '2', title: 'Data engineer', description: 'Automated reasoning at scale.' },
    };
    const prefix = {
      ...bangalore,
      id: 'job:3',
      title: 'Reasoningly',
      clip: { ...bangalore.clip, jobId: '3', title: 'Reasoningly', description: 'x' },
    };
    const index = indexOf([body, prefix, title]);
    expect(ids(index, 'reasoning')).toEqual(['job:1', 'job:3', 'job:2']);
  });

  test('an empty or punctuation-only query matches nothing', () => {
    const index = indexOf(library);
    expect(index.search('')).toEqual([]);
    expect(index.search(' — ')).toEqual([]);
  });

  test('re-indexing an item replaces its old words, removing it forgets it', () => {
    const index = indexOf(library);
    index.upsert(cardOf({ ...leino, tags: ['dafny-fans'] }));
    expect(ids(index, 'zebra')).toEqual([]);
    expect(ids(index, 'dafny fans')).toEqual([leino.id]);
    index.remove(leino.id);
    expect(ids(index, 'leino')).toEqual([]);
    expect(index.size).toBe(library.length - 1);
  });

  test('keeps answering correctly after tombstones are compacted', () => {
    const index = new SearchIndex();
    const base = cardOf(bangalore);
    const rounds = ['alpha', 'beta', 'gamma'];
    rounds.forEach((round, r) => {
      for (let i = 0; i < 800; i++) index.upsert({ ...base, id: `job:${i}`, title: `Posting ${i} ${round}`, rev: `${r}`, words: '' });
    });
    expect(index.size).toBe(800);
    expect(ids(index, 'posting 17 gamma')[0]).toBe('job:17');
    expect(ids(index, 'alpha')).toEqual([]);
    expect(ids(index, 'gamma')).toHaveLength(800);
    expect(index.revOf('job:5')).toBe('2');
  });
});
