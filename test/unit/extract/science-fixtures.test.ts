import { describe, expect, it } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import type { ArticleClip } from '../../../lib/types';
import { loadFixture, mismatches, norm } from '../helpers/fixtures';

// Every article/profile field of the article and profile fixtures, by the scorer's rules. Job
// fields belong to the job-card reader's tests; here only their presence is checked.
const FIXTURES = [
  'science-profile-leino',
  'science-qa-rastogi',
  'science-blog-overfit',
  'science-qa-bold-joachims',
  'science-qa-kearns-latest-news',
  'science-intern-saxon',
  'science-research-cedar',
  'science-essay-guazzelli',
] as const;
/** amazon.science pages that are not articles, in templates of their own. */
const NEGATIVES = ['science-research-area', 'science-author-kearns', 'science-publication-cedar'] as const;
const JOB_KEYS = new Set(['jobs', 'jobIds', 'jobCount']);

function extract(name: string) {
  const { doc, url, expected } = loadFixture(name);
  return { clip: scienceArticle.extract(doc, url) as ArticleClip, expected };
}

const cases = FIXTURES.flatMap((name) => {
  const { expected } = loadFixture(name);
  return Object.keys(expected)
    .filter((key) => !key.startsWith('_') && !JOB_KEYS.has(key) && key !== 'textIncludes' && key !== 'textExcludes')
    .map((key) => [name, key] as const);
});

describe('scienceArticle.extract on the fixtures', () => {
  const clips = new Map(FIXTURES.map((name) => [name, extract(name)]));

  it.each(cases)('%s: %s', (name, key) => {
    const { clip, expected } = clips.get(name)!;
    expect(mismatches(expected[key], clip[key as keyof ArticleClip], key)).toEqual([]);
  });

  it.each(FIXTURES)('%s: text holds every textIncludes and no textExcludes', (name) => {
    const { clip, expected } = clips.get(name)!;
    const text = norm(clip.text);
    expect((expected.textIncludes as string[]).filter((s) => !text.includes(norm(s)))).toEqual([]);
    expect((expected.textExcludes as string[]).filter((s) => text.includes(norm(s)))).toEqual([]);
  });

  it.each(FIXTURES)('%s: html is the same body, sanitized, with safe links', (name) => {
    const { clip, expected } = clips.get(name)!;
    const html = norm(clip.html);
    expect(html).toContain(norm((expected.textIncludes as string[])[0]!));
    expect(html).not.toMatch(/<(?:script|style|iframe|video|button|form)\b|\son\w+=|\sclass=|vjs-/i);
    for (const [, attrs] of html.matchAll(/<a\b([^>]*)>/g)) {
      expect(attrs).toContain('target="_blank"');
      expect(attrs).toContain('rel="noopener noreferrer"');
    }
  });

  it.each(FIXTURES)('%s: html keeps no job card, share menu or end matter', (name) => {
    const { clip } = clips.get(name)!;
    expect(clip.html).not.toMatch(/amazon\.jobs|See more jobs|Copy link|About the Author|Related content|Research areas/);
  });

  it('science-qa-rastogi: relative links and images are made absolute in html', () => {
    const { doc, url } = loadFixture('science-qa-rastogi');
    const body = doc.querySelector('.story__body')!;
    const link = doc.createElement('a');
    link.setAttribute('href', '/blog/some-post');
    link.textContent = 'a relative link';
    body.querySelector('p')!.append(link);
    const clip = scienceArticle.extract(doc, url) as ArticleClip;
    expect(clip.html).toContain('href="https://amazon.science/blog/some-post"');
  });

  it.each(FIXTURES)('%s: the job cards are read through findJobCards', (name) => {
    const { clip, expected } = clips.get(name)!;
    const ids = (expected.jobIds as string[] | undefined) ?? (expected.jobs as { jobId: string }[]).map((job) => job.jobId);
    expect(clip.jobs.map((j) => j.jobId)).toEqual(ids);
  });

  it.each([...FIXTURES, ...NEGATIVES])('%s: every textExcludes string is on the page, so no exclusion is vacuous', (name) => {
    const { doc, expected } = loadFixture(name);
    const page = norm(doc.body.textContent ?? '');
    expect(((expected.textExcludes as string[] | undefined) ?? []).filter((s) => !page.includes(norm(s)))).toEqual([]);
  });

  it.each(NEGATIVES)('%s: an amazon.science page that is not an article is a null clip', (name) => {
    const { doc, url, expected } = loadFixture(name);
    expect(scienceArticle.extract(doc, url)).toEqual({ kind: null, url: expected.url });
  });
});

describe('scienceArticle.extract reads meaning, not class names', () => {
  it.each(FIXTURES)('%s: every field still matches with every class and id attribute removed', (name) => {
    const { doc, url, expected } = loadFixture(name);
    doc.querySelectorAll('[class], [id]').forEach((el) => {
      el.removeAttribute('class');
      el.removeAttribute('id');
    });
    const clip = scienceArticle.extract(doc, url) as ArticleClip;
    const text = norm(clip.text);
    const fields = Object.keys(expected).filter(
      (key) => !key.startsWith('_') && !JOB_KEYS.has(key) && key !== 'textIncludes' && key !== 'textExcludes',
    );
    expect(fields.flatMap((key) => mismatches(expected[key], clip[key as keyof ArticleClip], key))).toEqual([]);
    expect((expected.textIncludes as string[]).filter((s) => !text.includes(norm(s)))).toEqual([]);
    expect((expected.textExcludes as string[]).filter((s) => text.includes(norm(s)))).toEqual([]);
  });
});
