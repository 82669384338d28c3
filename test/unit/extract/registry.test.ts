import { JSDOM } from 'jsdom';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { amazonJobsPosting } from '../../../lib/extract/amazon-jobs/posting';
import { EXTRACTORS, extractPage } from '../../../lib/extract/registry';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import { fixtureNames, loadFixture } from '../helpers/fixtures';

const FIXTURE_NAMES = fixtureNames();

function page(html: string, address: string): { doc: Document; url: URL } {
  return { doc: new JSDOM(html, { url: address }).window.document, url: new URL(address) };
}

const PARAGRAPHS = Array.from(
  { length: 8 },
  (_, i) =>
    `<p>Paragraph ${i}: program verification proves that software does what it should, and this sentence is long enough to read as prose.</p>`,
).join('');

afterEach(() => vi.restoreAllMocks());

describe('extractPage classification', () => {
  it.each(FIXTURE_NAMES)('%s is the kind its expected file names', (name) => {
    const { doc, url, expected } = loadFixture(name);
    expect(extractPage(doc, url).kind).toBe(expected.kind);
  });

  it.each(['/research-areas/automated-reasoning', '/tag/generative-ai', '/author/aaron-roth', '/publications/some-paper', '/', '/blog'])(
    'an article page at the non-article address %s is null',
    (path) => {
      const { doc, url } = loadFixture('science-profile-leino', `https://www.amazon.science${path}`);
      expect(extractPage(doc, url)).toEqual({ kind: null, url: `https://www.amazon.science${path === '/' ? '/' : path}` });
    },
  );

  it.each(['https://www.amazon.com/dp/B0X', 'https://www.aboutamazon.com/news/x', 'https://example.com/working-at-amazon/x'])(
    'an Amazon Science article copied to %s is null',
    (address) => {
      const { doc, url } = loadFixture('science-profile-leino', address);
      expect(extractPage(doc, url).kind).toBeNull();
    },
  );

  it('tries the extractors in the documented order', () => {
    expect(EXTRACTORS.map((e) => e.name)).toEqual([
      'amazon.jobs posting',
      'amazon.jobs search results',
      'amazon.science careers',
      'amazon.science article',
    ]);
  });
});

describe('Readability fallback', () => {
  it('keeps an amazon.science article address whose layout is not recognised as a fallback article', () => {
    const { doc, url } = page(
      `<html><head><title>A post</title></head><body><div>${PARAGRAPHS}</div></body></html>`,
      'https://www.amazon.science/blog/a-post',
    );
    const clip = extractPage(doc, url);
    expect(clip).toMatchObject({ kind: 'article', fallback: true, url: 'https://www.amazon.science/blog/a-post' });
    expect(clip.kind === 'article' && clip.text).toContain('Paragraph 3: program verification');
  });

  it('does not turn a near-empty amazon.science page into an article', () => {
    const { doc, url } = page(
      '<html><head><title>x</title></head><body><p>Short.</p></body></html>',
      'https://www.amazon.science/blog/a-post',
    );
    expect(extractPage(doc, url).kind).toBeNull();
  });

  it('a claimed page whose extractor throws is saved as a fallback article, never lost', () => {
    // Both ways into the article reader: the clip alone, and the clip with its job cards.
    for (const method of ['extract', 'extractWithCards'] as const) {
      vi.spyOn(scienceArticle, method).mockImplementation(() => {
        throw new Error('layout changed');
      });
    }
    const { doc, url } = loadFixture('science-profile-leino');
    const clip = extractPage(doc, url);
    expect(clip).toMatchObject({ kind: 'article', fallback: true });
    expect(clip.kind === 'article' && clip.text).toContain('computer software always works as intended');
  });

  it('a job posting whose extractor throws keeps its id and address', () => {
    vi.spyOn(amazonJobsPosting, 'extract').mockImplementation(() => {
      throw new Error('layout changed');
    });
    const { doc, url } = loadFixture('jobs-detail-virtual');
    expect(extractPage(doc, url)).toMatchObject({
      kind: 'job',
      jobId: '719075',
      url: 'https://www.amazon.jobs/en/jobs/719075/amazon-scholar',
    });
  });
});
