import { describe, expect, it } from 'vitest';
import { mergeJob, rank } from '../../../lib/db/merge';
import { cardOf, postingJob } from './clips';

const posting = postingJob('jobs-detail-1324373');
const card = cardOf(posting);

describe('rank', () => {
  it('tells a posting page from a card', () => {
    expect(rank(posting)).toBe(1);
    expect(rank(card)).toBe(0);
  });
});

describe('mergeJob', () => {
  it('gives the posting page every field it has, in either order', () => {
    expect(mergeJob(card, posting)).toEqual(posting);
    expect(mergeJob(posting, card)).toEqual(posting);
  });

  it("keeps the posting page's description over a card's teaser", () => {
    const merged = mergeJob(posting, cardOf(posting, 40));
    expect(merged.description).toBe(posting.description);
    expect(merged.description.length).toBeGreaterThan(40);
  });

  it("prefers the posting page's value even when the card's is longer", () => {
    const wordyCard = {
      ...card,
      title: `${posting.title}, Amazon Search (Berlin)`,
      locations: [...posting.locations, { raw: 'DE, BY, Munich', country: 'DE', region: 'BY', city: 'Munich' }],
    };
    expect(mergeJob(wordyCard, posting)).toEqual(posting);
    expect(mergeJob(posting, wordyCard)).toEqual(posting);
  });

  it('fills a field the posting page lacks from the card', () => {
    const undated = { ...posting, posted: null, locations: [] };
    expect(mergeJob(card, undated)).toEqual({ ...posting, posted: card.posted, locations: card.locations });
    expect(mergeJob(undated, card)).toEqual({ ...posting, posted: card.posted, locations: card.locations });
  });

  it('never lets an absent value replace a present one', () => {
    const untitled = { ...posting, title: null, description: '' };
    const merged = mergeJob(card, untitled);
    expect(merged.title).toBe(card.title);
    expect(merged.description).toBe(card.description);
  });

  it('between two clips of the same rank keeps the longer list and lets the newer win ties', () => {
    const fewer = { ...posting, preferredQualifications: posting.preferredQualifications.slice(0, 2) };
    const reposted = { ...fewer, posted: '2021-01-05' };
    const merged = mergeJob(posting, reposted);
    expect(merged.preferredQualifications).toEqual(posting.preferredQualifications);
    expect(merged.posted).toBe('2021-01-05');
  });

  it('keeps the slugged address over a bare one of the same rank', () => {
    const bare = { ...posting, url: 'https://www.amazon.jobs/en/jobs/1324373' };
    expect(mergeJob(posting, bare).url).toBe(posting.url);
  });

  it("keeps a posting page's pay over a card's none, in either order", () => {
    const paid = { ...posting, pay: [{ location: 'DEU, BE, Berlin', min: 70000, max: 95000, currency: 'EUR', period: 'year' as const }] };
    expect(mergeJob(cardOf(paid), paid).pay).toEqual(paid.pay);
    expect(mergeJob(paid, cardOf(paid)).pay).toEqual(paid.pay);
  });

  it('merges a job stored before pay was read (no pay at all) without losing or inventing pay', () => {
    const { pay: _dropped, ...legacy } = posting;
    const stored = legacy as unknown as typeof posting;
    expect(mergeJob(stored, cardOf(posting)).pay).toEqual([]);
    expect(mergeJob(stored, stored).pay).toEqual([]);
    const paid = { ...posting, pay: [{ location: null, min: 113000, max: 195200, currency: 'USD', period: 'year' as const }] };
    expect(mergeJob(stored, paid).pay).toEqual(paid.pay);
    expect(mergeJob(paid, stored).pay).toEqual(paid.pay);
  });
});
