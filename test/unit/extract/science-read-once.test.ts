// The page is read once: detect stops at the light reading (no copy of the page, no job-card
// reader, no Readability), and extract copies the body once and finds the job cards once.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { scienceArticle } from '../../../lib/extract/amazon-science/article';
import { loadFixture } from '../helpers/fixtures';

const calls = vi.hoisted(() => ({ jobCards: 0, readability: 0 }));

vi.mock('../../../lib/extract/jobs/cards', async (importOriginal) => {
  const cards = await importOriginal<typeof import('../../../lib/extract/jobs/cards')>();
  return { ...cards, findJobCards: (...args: Parameters<typeof cards.findJobCards>) => (calls.jobCards++, cards.findJobCards(...args)) };
});
vi.mock('../../../lib/extract/readability-body', async (importOriginal) => {
  const readability = await importOriginal<typeof import('../../../lib/extract/readability-body')>();
  return { ...readability, readabilityArticle: (doc: Document) => (calls.readability++, readability.readabilityArticle(doc)) };
});

afterEach(() => {
  calls.jobCards = 0;
  calls.readability = 0;
  vi.restoreAllMocks();
});

const PAGES = ['science-profile-leino', 'science-qa-kearns-latest-news', 'science-research-cedar'];

describe('scienceArticle reads the page once', () => {
  it.each(PAGES)('%s: detect copies nothing and runs neither the job-card reader nor Readability', (name) => {
    const { doc, url } = loadFixture(name);
    const copies = vi.spyOn(doc.implementation, 'createHTMLDocument');
    const clones = vi.spyOn(doc, 'cloneNode');
    expect(scienceArticle.detect(doc, url)).not.toBeNull();
    expect({ copies: copies.mock.calls.length, clones: clones.mock.calls.length, ...calls }).toEqual({ copies: 0, clones: 0, jobCards: 0, readability: 0 });
  });

  it.each(PAGES)('%s: extract makes one copy of the body and finds the job cards once', (name) => {
    const { doc, url } = loadFixture(name);
    const copies = vi.spyOn(doc.implementation, 'createHTMLDocument');
    expect(scienceArticle.extract(doc, url).kind).not.toBeNull();
    expect({ copies: copies.mock.calls.length, ...calls }).toEqual({ copies: 1, jobCards: 1, readability: 0 });
  });
});
