import { existsSync, readFileSync, readdirSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import { EXTRACTORS, extractPage } from '../../../lib/extract/registry';
import { fixtureNames, loadFixture } from '../helpers/fixtures';

const FIXTURE_NAMES = fixtureNames();

function detectAt(name: string, address: string) {
  const { doc, url } = loadFixture(name, address);
  return scienceArticle.detect(doc, url);
}

describe('scienceArticle.detect', () => {
  it.each([
    ['science-profile-leino', 'profile'],
    ['science-qa-rastogi', 'profile'],
    ['science-blog-overfit', 'article'],
  ])('%s is a %s at its own address', (name, kind) => {
    const { doc, url } = loadFixture(name);
    expect(scienceArticle.detect(doc, url)).toBe(kind);
  });

  it.each([
    'https://www.amazon.science/research-areas/automated-reasoning',
    'https://www.amazon.science/tag/generative-ai',
    'https://www.amazon.science/author/aaron-roth',
    'https://www.amazon.science/publications/some-paper',
    'https://www.amazon.science/',
    'https://www.amazon.science/careers',
    'https://www.amazon.science/careers?p=2',
    'https://www.amazon.science/blog',
    'https://www.amazon.science/working-at-amazon/',
  ])('an article page served at the non-article address %s is null', (address) => {
    expect(detectAt('science-profile-leino', address)).toBeNull();
  });

  it.each([
    'https://www.amazon.com/working-at-amazon/rustan-leino-provides-proof-that-software-is-bug-free',
    'https://www.aboutamazon.com/news/rustan-leino',
    'https://www.amazon.jobs/en/jobs/10512634/machine-learning-scientist-personalization',
    'https://amazon.science.example.com/blog/x',
    'file:///tmp/amazon.science/blog/x.html',
  ])('the same page on another host (%s) is null', (address) => {
    expect(detectAt('science-profile-leino', address)).toBeNull();
  });

  it.each(['science-research-area', 'amazon-product', 'science-careers', 'science-author-kearns', 'science-publication-cedar'])(
    'the %s fixture is null',
    (name) => {
      const { doc, url } = loadFixture(name);
      expect(scienceArticle.detect(doc, url)).toBeNull();
    },
  );

  it('a malformed %-escape in the address is not fatal', () => {
    expect(detectAt('science-blog-overfit', 'https://www.amazon.science/blog/why-%E0%A4%A')).toBe('article');
  });

  it.each(FIXTURE_NAMES)('%s: detect names the kind extract reads (one rule, one light reading)', (name) => {
    const { doc, url } = loadFixture(name);
    expect(scienceArticle.detect(doc, url)).toBe(scienceArticle.extract(doc, url).kind ?? null);
  });

  it.each(FIXTURE_NAMES)("%s: the registry's detectors claim the kind the whole extraction reads", (name) => {
    const claimed = loadFixture(name);
    const kind = EXTRACTORS.map((extractor) => extractor.detect(claimed.doc, claimed.url)).find((k) => k) ?? null;
    // A fresh copy of the page, so the extraction cannot reuse the detectors' reading.
    const { doc, url } = loadFixture(name);
    expect(kind).toBe(extractPage(doc, url).kind);
  });

  it('a Q&A interview of one person filed under /blog/ is still a profile', () => {
    expect(detectAt('science-qa-rastogi', 'https://www.amazon.science/blog/rajeev-rastogi-interview')).toBe('profile');
  });

  it('the /working-at-amazon/ section alone does not make a blog post a profile', () => {
    expect(detectAt('science-blog-overfit', 'https://www.amazon.science/working-at-amazon/why-agents-do-not-overfit')).toBe('article');
  });

  it('an amazon.science page without a headline over a body, and no article metadata, is null', () => {
    const url = new URL('https://www.amazon.science/about-our-team');
    const doc = new JSDOM('<main><h1>Our team</h1><ul><li><a href="/a">A</a></li></ul></main>', { url: url.href }).window.document;
    expect(scienceArticle.detect(doc, url)).toBeNull();
  });

  it('extract agrees with detect and returns a null clip for a page it does not claim', () => {
    const { doc } = loadFixture('science-research-area');
    const url = new URL('https://www.amazon.science/research-areas/automated-reasoning#x');
    expect(scienceArticle.extract(doc, url)).toEqual({ kind: null, url: 'https://www.amazon.science/research-areas/automated-reasoning' });
  });
});

// The negative corpus (real non-Amazon pages) lives beside the project, not in it.
const CORPUS = join(process.cwd(), '../shared/corpus/readability-pages');
/** Parsing a large real page alone takes seconds on a loaded 2-core machine. */
const CORPUS_TIMEOUT = 30_000;
const SAMPLE = ['001', 'ars-1', 'bbc-1', 'medium-1', 'nytimes-1', 'wordpress'];

describe.skipIf(!existsSync(CORPUS))('scienceArticle on real non-Amazon pages (../shared/corpus, skipped when absent)', () => {
  const pages = existsSync(CORPUS) ? readdirSync(CORPUS).filter((name) => SAMPLE.includes(name)) : [];
  const quiet = new VirtualConsole();
  const load = (name: string, address: string) =>
    new JSDOM(readFileSync(join(CORPUS, name, 'source.html'), 'utf8'), { url: address, virtualConsole: quiet }).window.document;

  it.each(pages)(
    '%s: null at its own (non-Amazon) address',
    (name) => {
      const address = `https://example.org/${name}`;
      expect(scienceArticle.detect(load(name, address), new URL(address))).toBeNull();
    },
    CORPUS_TIMEOUT,
  );

  it.each(pages)(
    '%s: read without throwing or touching the page when served at an amazon.science address',
    (name) => {
      const address = `https://www.amazon.science/blog/${name}`;
      const doc = load(name, address);
      const before = doc.documentElement.outerHTML;
      const clip = scienceArticle.extract(doc, new URL(address));
      expect(clip.url).toBe(address);
      expect(doc.documentElement.outerHTML).toBe(before);
    },
    CORPUS_TIMEOUT,
  );
});
