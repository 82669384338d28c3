// `npm run score`'s rules (docs/clip-format.md, "Scoring") on hand-made expectations and clips.
import { describe, expect, it } from 'vitest';
import { normalizeText, scoreFixture } from '../../../lib/cli/fixture-score';

describe('fixture scoring', () => {
  it('compares strings after NFKC, straight quotes and dashes, and collapsed whitespace; ignores notes', () => {
    const expected = { _source: 'https://www.amazon.science/x', title: 'Why don\u2019t agents \u2014 overfit?' };
    expect(scoreFixture(expected, { title: "  Why don't   agents - overfit? " })).toEqual({ fields: 1, matched: 1, mismatches: [] });
    expect(normalizeText('\uFB01le \u201Cquoted\u201D')).toBe('file "quoted"');
  });

  it('counts a list length as one field and every element a short list lacks as missed', () => {
    const score = scoreFixture({ authors: ['A', 'B', 'C'] }, { authors: ['A'] });
    expect(score).toMatchObject({ fields: 4, matched: 1 });
    expect(score.mismatches).toEqual([{ path: 'authors.length', want: 3, got: 1 }]);
  });

  it('compares objects key by key and leaves unnamed keys unchecked', () => {
    const score = scoreFixture(
      { person: { name: 'Rustan Leino', role: 'Senior principal' } },
      { person: { name: 'Rustan Leino', role: 'Engineer', team: 'x' } },
    );
    expect(score).toMatchObject({ fields: 2, matched: 1 });
    expect(score.mismatches[0]?.path).toBe('person.role');
  });

  it('treats null as "absent or null", and a missing object as all its fields missed', () => {
    expect(scoreFixture({ dek: null }, {})).toMatchObject({ fields: 1, matched: 1 });
    expect(scoreFixture({ hero: { src: 'a', alt: 'b' } }, { hero: null })).toMatchObject({ fields: 2, matched: 0 });
  });

  it('looks for textIncludes and textExcludes in the text, or in a job description', () => {
    const expected = { textIncludes: ['proof that software', 'not there'], textExcludes: ['Cookie banner'] };
    expect(scoreFixture(expected, { text: 'A proof  that software works.' })).toMatchObject({ fields: 3, matched: 2 });
    expect(scoreFixture({ textIncludes: ['Apply now'] }, { description: 'Apply now.' })).toMatchObject({ fields: 1, matched: 1 });
  });

  it('reads jobIds and jobCount from the clip\u2019s job cards', () => {
    const clip = { jobs: [{ jobId: '1' }, { jobId: '2' }] };
    expect(scoreFixture({ jobIds: ['1', '2'], jobCount: 2 }, clip)).toMatchObject({ fields: 4, matched: 4 });
    expect(scoreFixture({ jobIds: ['2', '1'] }, clip)).toMatchObject({ fields: 3, matched: 1 });
  });

  it('gives a fixture with no clip none of its fields', () => {
    const score = scoreFixture({ kind: 'article', authors: ['A'], textIncludes: ['x'] }, null);
    expect(score).toMatchObject({ fields: 4, matched: 0 });
  });
});
