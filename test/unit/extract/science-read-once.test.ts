// The page is read once: detect stops at the light reading (no copy of the page, no job-card
// reader, no Readability), extract reuses that reading in the same task, copies the body once and
// finds the job cards once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import { extractPage, readPage } from '../../../lib/extract/registry';
import { loadFixture } from '../helpers/fixtures';

const calls = vi.hoisted(() => ({ jobCards: 0, readability: 0, layouts: 0 }));

vi.mock('../../../lib/extract/jobs/cards', async (importOriginal) => {
  const cards = await importOriginal<typeof import('../../../lib/extract/jobs/cards')>();
  return { ...cards, findJobCards: (...args: Parameters<typeof cards.findJobCards>) => (calls.jobCards++, cards.findJobCards(...args)) };
});
vi.mock('../../../lib/extract/amazon-science/landmarks', async (importOriginal) => {
  const landmarks = await importOriginal<typeof import('../../../lib/extract/amazon-science/landmarks')>();
  return {
    ...landmarks,
    findLayout: (...args: Parameters<typeof landmarks.findLayout>) => (calls.layouts++, landmarks.findLayout(...args)),
  };
});
vi.mock('../../../lib/extract/readability-body', async (importOriginal) => {
  const readability = await importOriginal<typeof import('../../../lib/extract/readability-body')>();
  return { ...readability, readabilityArticle: (doc: Document) => (calls.readability++, readability.readabilityArticle(doc)) };
});

afterEach(() => {
  calls.jobCards = 0;
  calls.readability = 0;
  calls.layouts = 0;
  vi.restoreAllMocks();
});

const PAGES = ['science-profile-leino', 'science-qa-kearns-latest-news', 'science-research-cedar'];

describe('scienceArticle reads the page once', () => {
  it.each(PAGES)('%s: detect copies nothing and runs neither the job-card reader nor Readability', (name) => {
    const { doc, url } = loadFixture(name);
    const copies = vi.spyOn(doc.implementation, 'createHTMLDocument');
    const clones = vi.spyOn(doc, 'cloneNode');
    expect(scienceArticle.detect(doc, url)).not.toBeNull();
    expect({ copies: copies.mock.calls.length, clones: clones.mock.calls.length, ...calls }).toEqual({
      copies: 0,
      clones: 0,
      jobCards: 0,
      readability: 0,
      layouts: 1,
    });
  });

  it.each(PAGES)('%s: extract makes one copy of the body and finds the job cards once', (name) => {
    const { doc, url } = loadFixture(name);
    const copies = vi.spyOn(doc.implementation, 'createHTMLDocument');
    expect(scienceArticle.extract(doc, url).kind).not.toBeNull();
    expect({ copies: copies.mock.calls.length, ...calls }).toEqual({ copies: 1, jobCards: 1, readability: 0, layouts: 1 });
  });

  it.each(PAGES)('%s: the whole extraction (detect, then extract) reads the layout once', (name) => {
    const { doc, url } = loadFixture(name);
    expect(extractPage(doc, url).kind).not.toBeNull();
    expect(calls.layouts).toBe(1);
  });

  it.each(PAGES)('%s: readPage takes the job cards from the article reading instead of finding them again', (name) => {
    const { doc, url } = loadFixture(name);
    const { clip, cards } = readPage(doc, url);
    expect(clip.kind).not.toBeNull();
    expect(cards.map((card) => card.job)).toEqual((clip as { jobs: unknown[] }).jobs);
    expect({ layouts: calls.layouts, jobCards: calls.jobCards }).toEqual({ layouts: 1, jobCards: 1 });
  });

  it('a reading is not reused once the task that made it has ended: the page may have changed', async () => {
    const { doc, url } = loadFixture('science-blog-overfit');
    expect(scienceArticle.detect(doc, url)).toBe('article');
    await Promise.resolve();
    doc.querySelector('h1')!.textContent = 'A new headline';
    expect((scienceArticle.extract(doc, url) as { title: string }).title).toBe('A new headline');
    expect(calls.layouts).toBe(2);
  });

  it('a page that is not an article address is turned away without reading its layout', () => {
    const { doc } = loadFixture('science-research-area');
    expect(scienceArticle.detect(doc, new URL('https://www.amazon.science/research-areas/automated-reasoning'))).toBeNull();
    expect(calls.layouts).toBe(0);
  });
});
