import { describe, expect, it } from 'vitest';
import { filterByTag, normalizeTag, tagCounts, withoutTag, withTag } from '../../../lib/ui/tags';
import { articleItem, jobItem } from './helpers';

describe('normalizeTag', () => {
  it('trims, collapses whitespace (non-breaking too) and lower-cases', () => {
    expect(normalizeTag('  Reading\u00a0  List ')).toBe('reading list');
  });
});

describe('withTag / withoutTag', () => {
  it('adds a tag at the end in stored form', () => {
    expect(withTag(['ml'], ' Automated Reasoning ')).toEqual(['ml', 'automated reasoning']);
  });

  it('returns the same list for a duplicate or a blank tag, so callers can skip the write', () => {
    const tags = ['ml'];
    expect(withTag(tags, 'ML ')).toBe(tags);
    expect(withTag(tags, '   ')).toBe(tags);
  });

  it('removes one tag', () => {
    expect(withoutTag(['ml', 'india', 'to-read'], 'india')).toEqual(['ml', 'to-read']);
  });
});

describe('tagCounts', () => {
  it('counts the items of each tag, alphabetically', () => {
    const items = [
      articleItem('science-profile-leino', { tags: ['verification', 'to-read'] }),
      articleItem('science-blog-overfit', { tags: ['agents', 'to-read'] }),
      jobItem('jobs-detail-1324373'),
    ];
    expect(tagCounts(items)).toEqual([
      { tag: 'agents', count: 1 },
      { tag: 'to-read', count: 2 },
      { tag: 'verification', count: 1 },
    ]);
  });
});

describe('filterByTag', () => {
  const items = [
    articleItem('science-profile-leino', { tags: ['to-read'] }),
    articleItem('science-blog-overfit'),
    jobItem('jobs-detail-1324373', { tags: ['to-read'] }),
  ];

  it('keeps the items carrying the tag, in order', () => {
    expect(filterByTag(items, 'to-read').map((i) => i.id)).toEqual([items[0]!.id, items[2]!.id]);
  });

  it('keeps everything without a tag', () => {
    expect(filterByTag(items, null)).toEqual(items);
  });
});
