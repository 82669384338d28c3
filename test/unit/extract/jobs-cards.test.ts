import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { findJobCards } from '../../../lib/extract/jobs/cards';
import { jobIdLine } from '../../../lib/extract/jobs/meta';
import { fixtureNames, mismatches, loadFixture } from '../helpers/fixtures';

function page(html: string, address: string) {
  const url = new URL(address);
  return { doc: new JSDOM(`<!DOCTYPE html><body>${html}</body>`, { url: url.href }).window.document, url };
}

describe('findJobCards on the fixtures', () => {
  it.each(['science-profile-leino', 'science-qa-rastogi', 'science-blog-overfit'])(
    '%s: the "Work with us" cards, with ids, titles, urls and locations in order',
    (name) => {
      const { doc, url, expected } = loadFixture(name);
      const jobs = findJobCards(doc, url).map((c) => c.job);
      expect(jobs.map((j) => j.jobId)).toEqual(expected.jobIds);
      expect(mismatches(expected.jobs, jobs, 'jobs')).toEqual([]);
    },
  );

  it('science-research-area: the two cards of a page that is no article', () => {
    const { doc, url } = loadFixture('science-research-area');
    const cards = findJobCards(doc, url);
    expect(cards.map((c) => [c.job.jobId, c.job.title, c.job.locations.map((l) => l.raw)])).toEqual([
      ['10541930', 'Applied Scientist, Agentic WorkSpaces (AAWS)', ['US, WA, Seattle']],
      ['10537213', 'Applied Scientist II, Amazon Shipping', ['IN, HR, Gurugram']],
    ]);
  });

  it('keeps two cards with the same description apart: identity is the job id', () => {
    const { doc, url } = loadFixture('science-profile-leino');
    const cards = findJobCards(doc, url);
    const twins = cards.filter((c) => ['10501457', '10501462'].includes(c.job.jobId));
    expect(twins).toHaveLength(2);
    expect(twins[0]!.job.description).toBe(twins[1]!.job.description);
    expect(twins[0]!.element).not.toBe(twins[1]!.element);
  });

  it('gives each card its own element in the page, holding its title link and its text', () => {
    const { doc, url } = loadFixture('science-qa-rastogi');
    for (const { element, job } of findJobCards(doc, url)) {
      expect(element.ownerDocument).toBe(doc);
      expect(element.querySelector(`a[href*="/jobs/${job.jobId}/"]`)).not.toBeNull();
      expect(element.textContent).toContain(job.locations[0]!.raw);
      expect(element.querySelectorAll('a[href*="amazon.jobs"]')).toHaveLength(1);
    }
  });

  it('reads a card’s teaser as its description, and has no qualification lists', () => {
    const { doc, url } = loadFixture('science-blog-overfit');
    const job = findJobCards(doc, url)[3]!.job;
    expect(job.title).toBe('Manager, Research Science, Special Projects');
    expect(job.description).toMatch(/^Calling all innovators! Are you a founder at heart\? A maker\? .*this team is where you belong\.$/);
    expect(job.description).not.toContain('US, CA, San Francisco');
    expect(job).toMatchObject({
      company: null,
      responsibilities: [],
      basicQualifications: [],
      preferredQualifications: [],
      applyUrl: null,
    });
  });

  it('finds nothing on a page whose only posting link is inside a sentence', () => {
    const { doc, url } = loadFixture('amazon-product');
    expect(findJobCards(doc, url)).toEqual([]);
  });

  it('can be limited to one block of the page', () => {
    const { doc, url } = loadFixture('science-profile-leino');
    const block = doc.querySelector('.JobsModule-items-item')!;
    expect(findJobCards(block, url).map((c) => c.job.jobId)).toEqual(['10512634']);
  });
});

describe('cards read when asked for', () => {
  const withCards = fixtureNames().filter((name) => {
    const { doc, url } = loadFixture(name);
    return findJobCards(doc, url).length > 0;
  });

  it('finds cards on several fixtures', () => expect(withCards.length).toBeGreaterThan(5));

  it.each(withCards)('%s: each card’s id and title are its job’s, known before the job is read, which is read once', (name) => {
    const { doc, url } = loadFixture(name);
    for (const card of findJobCards(doc, url)) {
      const { jobId, title } = card;
      expect(card.job).toMatchObject({ jobId, title });
      expect(card.job).toBe(card.job);
    }
  });

  it('a card saved after the page took its list out reads what the card showed', () => {
    const { doc, url } = loadFixture('science-careers');
    const atOnce = findJobCards(doc, url).map((card) => card.job);
    const cards = findJobCards(doc, url);
    for (const card of cards) card.element.remove();
    expect(cards.map((card) => card.job)).toEqual(atOnce);
  });

  it('a table-row card saved after the page took its row out keeps what its columns said (regression: it lost its columns)', () => {
    const html = `<table><thead><tr><th>Role</th><th>Location</th><th>Posted</th></tr></thead><tbody>
      <tr><td><a href="https://www.amazon.jobs/en/jobs/2900101/applied-scientist">Applied Scientist</a></td><td>Lab 126 campus</td><td>3/5/2025</td></tr>
      <tr><td><a href="https://www.amazon.jobs/en/jobs/2900102/data-engineer">Data Engineer</a></td><td>Building Seven</td><td>4/1/2025</td></tr>
    </tbody></table>`;
    const careers = 'https://www.amazon.science/careers';
    const inPlace = findJobCards(page(html, careers).doc, new URL(careers)).map((card) => card.job);
    expect(inPlace.map((job) => [job.locations.map((l) => l.raw), job.posted])).toEqual([
      [['Lab 126 campus'], '2025-03-05'],
      [['Building Seven'], '2025-04-01'],
    ]);
    const { doc, url } = page(html, careers);
    const cards = findJobCards(doc, url);
    for (const card of cards) card.element.remove();
    expect(cards.map((card) => card.job)).toEqual(inPlace);
  });
});

describe('findJobCards on other shapes', () => {
  it('reads amazon.jobs search tiles with relative links, "|" metadata and several locations', () => {
    const { doc, url } = page(
      `<div class="results">
        <div class="card"><h3><a href="/en/jobs/2900001/sde-ii">Software Development Engineer II</a></h3>
          <div>Seattle, WA, USA</div><div>Sunnyvale, CA, USA</div><div>Posted March 5, 2025</div><p>Build services.</p><a href="/en/jobs/2900001/sde-ii">Read more</a></div>
        <div class="tile"><a href="/de/jobs/2900002/data-scientist"><h3>Data Scientist</h3><div>IN, KA, Bengaluru | Job ID: 2900002 | Amazon Development Centre (India) Private Limited</div><p>Work with data.</p></a></div>
      </div>`,
      'https://www.amazon.jobs/en/search?base_query=x',
    );
    const cards = findJobCards(doc, url);
    expect(cards.map((c) => c.element.className)).toEqual(['card', 'tile']);
    expect(cards.map((c) => c.job)).toMatchObject([
      {
        jobId: '2900001',
        url: 'https://www.amazon.jobs/en/jobs/2900001/sde-ii',
        title: 'Software Development Engineer II',
        locations: [
          { raw: 'Seattle, WA, USA', country: 'USA', region: 'WA', city: 'Seattle' },
          { raw: 'Sunnyvale, CA, USA', city: 'Sunnyvale' },
        ],
        posted: '2025-03-05',
        description: 'Build services.',
      },
      {
        jobId: '2900002',
        url: 'https://www.amazon.jobs/en/jobs/2900002/data-scientist',
        title: 'Data Scientist',
        locations: [{ raw: 'IN, KA, Bengaluru' }],
        company: 'Amazon Development Centre (India) Private Limited',
        description: 'Work with data.',
      },
    ]);
  });

  it('accepts scheme-less amazon.jobs links, and ignores relative /en/jobs links off amazon.jobs', () => {
    const { doc, url } = page(
      '<ul><li><a href="amazon.jobs/en/jobs/111/a">Job A</a><p>US, WA, Seattle</p></li><li><a href="/en/jobs/222/b">Job B</a></li></ul>',
      'https://www.amazon.science/blog/x',
    );
    expect(findJobCards(doc, url).map((c) => [c.job.jobId, c.job.url])).toEqual([['111', 'https://www.amazon.jobs/en/jobs/111/a']]);
  });

  it('keeps a lone card apart from the heading of its block', () => {
    const { doc, url } = page(
      '<section><h2>Work with us</h2><div class="card"><h3><a href="https://www.amazon.jobs/jobs/333/x">Scientist</a></h3><p>IL, Tel Aviv</p></div><a href="/careers">See more jobs</a></section>',
      'https://www.amazon.science/blog/x',
    );
    const [card] = findJobCards(doc, url);
    expect(card!.element.className).toBe('card');
    expect(card!.job.locations).toEqual([{ raw: 'IL, Tel Aviv', country: 'IL', region: null, city: 'Tel Aviv' }]);
  });

  it('does not count a posting linked from a sentence of body text', () => {
    const { doc, url } = page(
      '<article><p>Leino says the team is hiring; see the <a href="https://www.amazon.jobs/en/jobs/444/x">applied scientist opening</a> for details.</p></article>',
      'https://www.amazon.science/blog/x',
    );
    expect(findJobCards(doc, url)).toEqual([]);
  });

  it('does not take a posting page’s links to itself for a card', () => {
    const { doc, url } = page('<a href="#top">Top</a><a href="/de/jobs/555/x">Deutsch</a>', 'https://www.amazon.jobs/en/jobs/555/x');
    expect(findJobCards(doc, url)).toEqual([]);
  });
});

describe('listing metadata', () => {
  it('reads "Job ID: N | Entity" with or without an entity, and "Job-ID" of localised pages', () => {
    expect(jobIdLine('Job ID: 1324373 | Amazon Development Center DEU', '1324373')).toEqual({ company: 'Amazon Development Center DEU' });
    expect(jobIdLine('Job-ID: 719075 | ADCI - Karnataka', '719075')).toEqual({ company: 'ADCI - Karnataka' });
    expect(jobIdLine('Job ID: 10544231', '10544231')).toEqual({ company: null });
    expect(jobIdLine('Job ID: 10544231 Apply now', '10544231')).toEqual({ company: null });
    expect(jobIdLine('Job ID: 1 | Posted May 2, 2025', '1')).toEqual({ company: null });
    expect(jobIdLine('Job ID: 12', '1')).toBeUndefined();
  });
});
