// The registry's reading for the content script (readPage, readCards), and its rules for every
// clip: never an empty title, and a huge or slow page read by Readability rather than freezing.
import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { showsJobCards } from '../../../lib/content/page-kinds';
import { findJobCards } from '../../../lib/extract/jobs/cards';
import { pageTitle, titleFromAddress, titleWithoutSite } from '../../../lib/extract/page-title';
import { extractPage, HUGE_PAGE_CHARS, readCards, readPage } from '../../../lib/extract/registry';
import { fixtureNames, loadFixture } from '../helpers/fixtures';

const FIXTURES = fixtureNames();

function page(html: string, address: string): { doc: Document; url: URL } {
  return { doc: new JSDOM(html, { url: address }).window.document, url: new URL(address) };
}

const PARAGRAPH =
  '<p>Program verification proves that software does what it should, and this sentence is long enough to read as prose in an article.</p>';

describe('readPage', { timeout: 60_000 }, () => {
  it.each(FIXTURES)('%s: the clip of extractPage and the cards that get buttons, from one call', (name) => {
    const { doc, url } = loadFixture(name);
    const { clip, cards } = readPage(doc, url);
    expect(clip).toEqual(extractPage(doc, url));
    const expected = showsJobCards(clip) ? findJobCards(doc, url) : [];
    expect(cards.map((card) => [card.job.jobId, card.element])).toEqual(expected.map((card) => [card.job.jobId, card.element]));
  });

  it('readCards finds the cards a whole reading finds', () => {
    const { doc, url } = loadFixture('science-profile-leino');
    expect(readCards(doc, url).map((card) => card.job)).toEqual(readPage(doc, url).cards.map((card) => card.job));
  });
});

describe('never an empty title', () => {
  it('takes the first H1 with text, then og:title, then the document title without the site, then the address', () => {
    const address = 'https://www.amazon.science/blog/why-dont-agents-overfit';
    const url = new URL(address);
    expect(
      pageTitle(
        page('<title>T | Amazon Science</title><meta property="og:title" content="OG"><h1> </h1><h1>Headline</h1>', address).doc,
        url,
      ),
    ).toBe('Headline');
    expect(pageTitle(page('<title>T | Amazon Science</title><meta property="og:title" content="OG">', address).doc, url)).toBe('OG');
    expect(pageTitle(page('<title>Why agents do not overfit | Amazon Science</title>', address).doc, url)).toBe(
      'Why agents do not overfit',
    );
    expect(pageTitle(page('<title> </title>', address).doc, url)).toBe('Why dont agents overfit');
  });

  it('strips the site name the page declares, and only a site name', () => {
    expect(titleWithoutSite(page('<title>Applied Scientist - Amazon.jobs</title>', 'https://www.amazon.jobs/x').doc)).toBe(
      'Applied Scientist',
    );
    expect(
      titleWithoutSite(
        page('<title>A talk — Example Lab</title><meta property="og:site_name" content="Example Lab">', 'https://x.test/').doc,
      ),
    ).toBe('A talk');
    expect(titleWithoutSite(page('<title>Proofs - the hard part</title>', 'https://x.test/').doc)).toBe('Proofs - the hard part');
    expect(titleWithoutSite(page('<title>Amazon Science</title>', 'https://x.test/').doc)).toBe('Amazon Science');
  });

  it('makes words of the address, skipping ids, and falls back to the host', () => {
    expect(titleFromAddress(new URL('https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir'))).toBe(
      'Senior applied scientist nlp ir',
    );
    expect(titleFromAddress(new URL('https://www.amazon.science/blog/caf%C3%A9_notes.html'))).toBe('Café notes');
    expect(titleFromAddress(new URL('https://www.amazon.science/blog/%E0%A4%A'))).toBe('%E0%A4%A');
    expect(titleFromAddress(new URL('https://www.amazon.science/'))).toBe('www.amazon.science');
  });

  it('an unclaimed article without any title is saved under its address’s words', () => {
    const { doc, url } = page(
      `<html><head><title></title></head><body><div>${PARAGRAPH.repeat(8)}</div></body></html>`,
      'https://www.amazon.science/blog/a-post-about-proofs',
    );
    expect(extractPage(doc, url)).toMatchObject({ kind: 'article', fallback: true, title: 'A post about proofs' });
  });

  it('a posting whose page names it nowhere is saved under its address’s words', () => {
    const { doc, url } = page(
      '<html><body><p>Job ID: 1324373 | Amazon Development Center DEU</p><p>Description</p><p>Build search systems.</p></body></html>',
      'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir',
    );
    expect(extractPage(doc, url)).toMatchObject({ kind: 'job', jobId: '1324373', title: 'Senior applied scientist nlp ir' });
  });

  it.each(FIXTURES)('%s: a title that is not empty, when the clip has one', (name) => {
    const { doc, url } = loadFixture(name);
    const clip = extractPage(doc, url);
    if (clip.kind !== null) expect(clip.title?.trim()).toBeTruthy();
  });
});

/**
 * An article page with over a megabyte of HTML, most of it the inline data real sites embed, and
 * four hundred job links, at an amazon.science article address.
 */
function hugeArticle(): { doc: Document; url: URL } {
  const links = Array.from(
    { length: 400 },
    (_, i) => `<li><a href="https://www.amazon.jobs/en/jobs/${10_000_000 + i}/role-${i}">Applied Scientist ${i}</a> Seattle</li>`,
  ).join('');
  const data = JSON.stringify({ items: Array.from({ length: 20_000 }, (_, i) => ({ id: i, label: `Item number ${i} of the page data` })) });
  const html = `<html><head><title>A very long read | Amazon Science</title><script type="application/json">${data}</script></head><body><main><article><h1>A very long read</h1>${PARAGRAPH.repeat(20)}</article><ul>${links}</ul></main></body></html>`;
  return page(html, 'https://www.amazon.science/blog/a-very-long-read');
}

describe('huge pages and the time budget', { timeout: 120_000 }, () => {
  it('reads a page of more than a megabyte of HTML with Readability alone, and finds no cards on it', () => {
    const { doc, url } = hugeArticle();
    expect(doc.documentElement.outerHTML.length).toBeGreaterThan(HUGE_PAGE_CHARS);
    const { clip, cards } = readPage(doc, url);
    expect(clip).toMatchObject({ kind: 'article', fallback: true, title: expect.stringMatching(/^A very long read/) });
    expect(clip.kind === 'article' && clip.text).toContain('Program verification proves');
    expect(cards).toEqual([]);
    expect(readCards(doc, url)).toEqual([]);
  });

  it('a huge posting keeps its id and the title its page shows', () => {
    const { doc, url } = loadFixture('jobs-detail-1324373');
    doc.body.append(doc.createRange().createContextualFragment(`<div hidden>${PARAGRAPH.repeat(9_000)}</div>`));
    expect(readPage(doc, url).clip).toMatchObject({
      kind: 'job',
      jobId: '1324373',
      title: 'Senior Applied Scientist - NLP / IR',
      description: '',
    });
  });

  /** A clock that jumps past any budget at every look. */
  function runaway(): () => number {
    let now = 0;
    return () => (now += 10_000);
  }

  it('an article page whose classification used up the budget is read by Readability, without its cards', () => {
    const { doc, url } = loadFixture('science-profile-leino');
    const { clip, cards } = readPage(doc, url, { budgetMs: 1_000, now: runaway() });
    expect(clip).toMatchObject({ kind: 'article', fallback: true });
    expect(cards).toEqual([]);
  });

  it('a posting whose classification used up the budget keeps its id and title', () => {
    const { doc, url } = loadFixture('jobs-detail-1324373');
    expect(readPage(doc, url, { budgetMs: 1_000, now: runaway() }).clip).toMatchObject({
      kind: 'job',
      jobId: '1324373',
      title: 'Senior Applied Scientist - NLP / IR',
    });
  });

  it('without a budget, a slow clock changes nothing (Node, the command line, re-extraction)', () => {
    const { doc, url } = loadFixture('science-profile-leino');
    expect(readPage(doc, url, { now: runaway() }).clip).toMatchObject({ kind: 'profile' });
  });
});
