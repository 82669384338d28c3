import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { guessPage } from '../../../lib/content/page-guess';
import { amazonJobsSearch } from '../../../lib/extract/amazon-jobs/search';
import { scienceCareers } from '../../../lib/extract/amazon-science/careers';
import { extractPage } from '../../../lib/extract/registry';
import { fixtureNames, loadFixture } from '../helpers/fixtures';

const FIXTURES = fixtureNames();

/** The first glance cannot tell a profile from an article, and need not: both are saved by address. */
function family(kind: string | null): string | null {
  return kind === 'profile' ? 'article' : kind;
}

function blank(address: string): { doc: Document; url: URL } {
  return { doc: new JSDOM('<html><body></body></html>', { url: address }).window.document, url: new URL(address) };
}

describe('guessPage, the first glance', () => {
  it.each(FIXTURES)('%s: the same kind as the full reading', { timeout: 30_000 }, (name) => {
    const { doc, url } = loadFixture(name);
    const read = family(extractPage(doc, url).kind);
    expect(guessPage(doc, url).kind).toBe(read ?? null);
  });

  it.each(FIXTURES)('%s: a title that is never empty on a page it may save', (name) => {
    const { doc, url } = loadFixture(name);
    const guess = guessPage(doc, url);
    if (guess.kind !== null) expect(guess.title.trim()).not.toBe('');
    else expect(guess.title).toBe('');
  });

  it('names the posting of an amazon.jobs posting address, in any locale, when the page shows its id', () => {
    for (const address of [
      'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist',
      'https://amazon.jobs/de/jobs/719075',
      'https://www.amazon.jobs/jobs/10501457',
    ]) {
      const jobId = /\/jobs\/(\d+)/.exec(address)![1]!;
      const doc = new JSDOM(`<html><body><h1>A posting</h1><p>Job ID: ${jobId}</p></body></html>`, { url: address }).window.document;
      expect(guessPage(doc, new URL(address))).toMatchObject({ kind: 'job', jobId });
    }
  });

  it('does not offer a closed posting: its address shows a notice, no posting landmark', () => {
    const address = 'https://www.amazon.jobs/en/jobs/2510433/applied-scientist';
    const notice = `<html><body><h1>This job is no longer available</h1><a href="/de/jobs/2510433/applied-scientist">Deutsch</a>
      <script id="__NEXT_DATA__" type="application/json">{"query":{"locale":"en","id":"2510433"}}</script></body></html>`;
    const doc = new JSDOM(notice, { url: address }).window.document;
    expect(guessPage(doc, new URL(address))).toEqual({ kind: null, jobId: null, title: '' });
    expect(guessPage(blank(address).doc, new URL(address)).kind).toBeNull();
  });

  it('needs a headline (or head metadata declaring an article) at an article address', () => {
    const address = 'https://www.amazon.science/blog/a-post';
    expect(guessPage(blank(address).doc, new URL(address)).kind).toBeNull();
    const withHeadline = new JSDOM('<html><body><h1>A post</h1></body></html>', { url: address }).window.document;
    expect(guessPage(withHeadline, new URL(address)).kind).toBe('article');
    const declared = new JSDOM('<html><head><meta property="og:type" content="Article"></head><body></body></html>', { url: address })
      .window.document;
    expect(guessPage(declared, new URL(address)).kind).toBe('article');
  });

  it('leaves other sites and non-article addresses alone', () => {
    for (const address of [
      'https://www.amazon.com/dp/B0X',
      'https://www.amazon.science/research-areas/automated-reasoning',
      'https://www.amazon.science/',
      'https://www.amazon.jobs/en/teams/aws',
    ]) {
      const doc = new JSDOM('<html><body><h1>Heading</h1></body></html>', { url: address }).window.document;
      expect(guessPage(doc, new URL(address)).kind).toBeNull();
    }
  });

  // The search and careers address rules are copies of the readers' own (see page-guess.ts).
  it.each([
    'https://www.amazon.jobs/search',
    'https://www.amazon.jobs/en/search?base_query=scientist&offset=10',
    'https://amazon.jobs/en-gb/search/',
    'https://www.amazon.jobs/zh_cn/search',
    'https://www.amazon.jobs/en/searches',
    'https://www.amazon.jobs/en/search/results',
    'https://www.amazon.science/careers',
    'https://amazon.science/careers/?p=3',
    'https://www.amazon.science/careers/apply',
    'https://www.amazon.science/en/careers',
  ])('agrees with the job-list readers on %s', (address) => {
    const { doc, url } = blank(address);
    const readers = amazonJobsSearch.detect(doc, url) ?? scienceCareers.detect(doc, url);
    expect(guessPage(doc, url).kind === 'job-list').toBe(readers === 'job-list');
  });
});
