import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { amazonJobsPosting, readPostingPage } from '../../../lib/extract/amazon-jobs/posting';
import { extractPage } from '../../../lib/extract/registry';
import type { Job } from '../../../lib/types';
import { clipMismatches, loadFixture } from '../helpers/fixtures';

const CANONICAL = 'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir';

const POSTINGS = [
  'jobs-detail-1324373',
  'jobs-detail-virtual',
  'jobs-2024-nextjs-pxt',
  'jobs-locale-fr-personalization',
  'jobs-intern-hourly',
];

describe('amazon.jobs posting fixtures', () => {
  it.each(POSTINGS)('%s matches every field of its expected file', (name) => {
    const { doc, url, expected } = loadFixture(name);
    expect(amazonJobsPosting.detect(doc, url)).toBe('job');
    const clip = amazonJobsPosting.extract(doc, url) as unknown as Record<string, unknown>;
    expect(clipMismatches(expected, clip)).toEqual([]);
  });

  it('does not take the description of a "Similar jobs" card or the sidebar', () => {
    const { doc, url } = loadFixture('jobs-detail-1324373');
    const job = amazonJobsPosting.extract(doc, url) as Job;
    expect(job.locations.map((l) => l.raw)).toEqual(['DE, BE, Berlin']);
    expect(job.description).not.toMatch(/Similar jobs|JP, 13, Tokyo|Machine Learning Science/);
    expect(job.preferredQualifications.join(' ')).not.toMatch(/equal opportunity/i);
  });

  it('reads the posted date written with a double space', () => {
    const { doc, url } = loadFixture('jobs-detail-virtual');
    expect((amazonJobsPosting.extract(doc, url) as Job).posted).toBe('2026-08-08');
  });
});

describe('posting addresses', () => {
  it.each([
    'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://www.amazon.jobs/de/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://www.amazon.jobs/en-gb/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://www.amazon.jobs/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir/',
    'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir?cmpid=bsp-amazon-science',
    'http://AMAZON.jobs/zh-cn/jobs/1324373/senior-applied-scientist-nlp-ir/?cmpid=x#apply',
  ])('%s is job 1324373 at the canonical address', (address) => {
    const { doc, url } = loadFixture('jobs-detail-1324373', address);
    expect(amazonJobsPosting.detect(doc, url)).toBe('job');
    const job = amazonJobsPosting.extract(doc, url) as Job;
    expect(job.jobId).toBe('1324373');
    expect(job.url).toBe(CANONICAL);
  });

  it('keeps an address without a slug slug-less, whatever <link rel=canonical> says', () => {
    const { doc, url } = loadFixture('jobs-detail-1324373', 'https://amazon.jobs/jobs/1324373');
    expect((amazonJobsPosting.extract(doc, url) as Job).url).toBe('https://www.amazon.jobs/en/jobs/1324373');
  });

  it.each([
    'https://www.amazon.com/en/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://example.com/en/jobs/1324373/senior-applied-scientist-nlp-ir',
    'https://account.amazon.jobs/jobs/1324373/apply',
    'https://www.amazon.jobs/en/search?base_query=scientist',
    'https://www.amazon.science/careers',
  ])('%s is not a posting', (address) => {
    const { doc, url } = loadFixture('jobs-detail-1324373', address);
    expect(amazonJobsPosting.detect(doc, url)).toBeNull();
  });

  it('is not a posting when the page at a posting address has no posting', () => {
    const { doc, url } = loadFixture('science-research-area', 'https://www.amazon.jobs/en/jobs/1324373/gone');
    expect(amazonJobsPosting.detect(doc, url)).toBeNull();
  });
});

describe('structured data', () => {
  it('fills a posting from JSON-LD when the page shows no sections', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Research Scientist, Robotics',
      datePosted: '2025-02-10',
      jobLocation: [
        { '@type': 'Place', address: { addressLocality: 'Seattle', addressRegion: 'WA', addressCountry: 'US' } },
        { '@type': 'Place', address: { addressLocality: 'Berlin', addressRegion: 'BE', addressCountry: 'DE' } },
      ],
      description:
        '<p>DESCRIPTION</p><p>We build robots.<br/><br/>Key job responsibilities<br/>- Design controllers</p><p>BASIC QUALIFICATIONS</p><p>- PhD</p><p>PREFERRED QUALIFICATIONS</p><p>- ROS<br/><br/>Amazon is an equal opportunity employer.</p>',
    };
    const url = new URL('https://amazon.jobs/jobs/2800003/');
    const html = `<!DOCTYPE html><head><script type="application/ld+json">${JSON.stringify(ld)}</script></head><body><div id="root"></div></body>`;
    const doc = new JSDOM(html, { url: url.href }).window.document;
    expect(amazonJobsPosting.detect(doc, url)).toBe('job');
    expect(amazonJobsPosting.extract(doc, url)).toMatchObject({
      jobId: '2800003',
      url: 'https://www.amazon.jobs/en/jobs/2800003',
      title: 'Research Scientist, Robotics',
      locations: [
        { raw: 'US, WA, Seattle', country: 'US', region: 'WA', city: 'Seattle' },
        { raw: 'DE, BE, Berlin', country: 'DE', region: 'BE', city: 'Berlin' },
      ],
      company: null,
      description: 'We build robots.\n\nKey job responsibilities\n- Design controllers',
      responsibilities: ['Design controllers'],
      basicQualifications: ['PhD'],
      preferredQualifications: ['ROS'],
      posted: '2025-02-10',
    });
  });

  it('never modifies the page it reads', () => {
    const { doc, url } = loadFixture('jobs-detail-1324373');
    const before = doc.documentElement.outerHTML;
    amazonJobsPosting.detect(doc, url);
    amazonJobsPosting.extract(doc, url);
    expect(doc.documentElement.outerHTML).toBe(before);
  });
});

describe('pages at amazon.jobs addresses that hold no posting', () => {
  it.each(['jobs-content-research-science', 'jobs-posting-closed'])('%s is kind null although it names and links postings', (name) => {
    const { doc, url, expected } = loadFixture(name);
    expect(amazonJobsPosting.detect(doc, url)).toBeNull();
    expect(extractPage(doc, url)).toEqual({ kind: null, url: expected.url });
  });
});

describe('postings in newer templates', () => {
  it('reads the legal entity from the <span> beside the id when no "|" separates them', () => {
    const { doc, url } = loadFixture('jobs-2024-nextjs-pxt');
    expect((amazonJobsPosting.extract(doc, url) as Job).company).toBe('Amazon.com Services LLC');
  });

  it('reads id, entity, date and locations given as <dt>/<dd> labels in another language', () => {
    const { doc, url } = loadFixture('jobs-locale-fr-personalization');
    expect(amazonJobsPosting.extract(doc, url)).toMatchObject({
      company: 'Amazon.com Services LLC',
      posted: '2026-02-03',
      locations: [{ raw: 'USA, WA, Seattle' }],
    });
  });

  it('serves the posting and its "Similar jobs" cards from one reading of the page', () => {
    const { doc, url } = loadFixture('jobs-2024-nextjs-pxt');
    const { job, cards } = readPostingPage(doc, url, '3019475');
    expect(job.title).toBe('Sr. Applied Scientist, PXT Central Science');
    expect(cards.map((c) => [c.job.jobId, c.job.locations.map((l) => l.raw)])).toEqual([
      ['3022981', ['Seattle, WA, USA']],
      ['3017716', ['Arlington, VA, USA']],
    ]);
  });

  it('reads a posting whose headline, id and legal entity sit in a page-level <header>, the entity on the line under the id', () => {
    const url = new URL('https://www.amazon.jobs/en/jobs/2800005/economist');
    const html = `<!DOCTYPE html><body><nav><a href="/en">amazon jobs</a><a href="/en/search">Find jobs</a></nav>
      <header><h1>Economist II, Pricing</h1><p>Job ID: 2800005<br>Amazon.com Services LLC</p><p>USA, NY, New York</p></header>
      <div><h2>Description</h2><p>We price things.</p><h2>Basic qualifications</h2><ul><li>PhD in economics</li></ul></div></body>`;
    const doc = new JSDOM(html, { url: url.href }).window.document;
    expect(amazonJobsPosting.extract(doc, url)).toMatchObject({
      title: 'Economist II, Pricing',
      company: 'Amazon.com Services LLC',
      locations: [{ raw: 'USA, NY, New York', country: 'USA', region: 'NY', city: 'New York' }],
      description: 'We price things.',
    });
  });

  it('does not take the first sentence under the id line for a legal entity', () => {
    const url = new URL('https://www.amazon.jobs/en/jobs/2800006/scientist');
    const html = `<!DOCTYPE html><body><h1>Scientist</h1><p>Job ID: 2800006<br>Amazon Web Services is hiring scientists</p><h2>Basic qualifications</h2><ul><li>PhD</li></ul></body>`;
    const doc = new JSDOM(html, { url: url.href }).window.document;
    expect((amazonJobsPosting.extract(doc, url) as Job).company).toBeNull();
  });

  it('keeps pay lines out of the locations and the qualifications when the qualifications are plain lines', () => {
    const job = postingPage(
      `<h2>Description</h2><p>We build models.</p><h2>Preferred qualifications</h2>
       <p>Publications at top venues</p><p>The base salary range for this position is listed below. Your Amazon package will include sign-on payments and restricted stock units (RSUs).</p>
       <p>USA, VA, Manassas - 32.00 - 57.00 USD hourly</p><p>Company - Amazon.com Services LLC</p><p>Job ID: A2800004</p>`,
    );
    expect(job.preferredQualifications).toEqual(['Publications at top venues']);
    expect(job.locations.map((l) => l.raw)).toEqual(['US, WA, Seattle']);
    expect(job.pay).toEqual([{ location: 'USA, VA, Manassas', min: 32, max: 57, currency: 'USD', period: 'hour' }]);
  });
});

/** A small posting page: title, id line, location, then `body`. */
function postingPage(body: string, head = ''): Job {
  const url = new URL('https://www.amazon.jobs/en/jobs/2800004/scientist');
  const html = `<!DOCTYPE html><head>${head}</head><body><h1>Scientist</h1><p>Job ID: 2800004 | Amazon.com Services LLC</p><p>US, WA, Seattle</p><main>${body}</main></body>`;
  const doc = new JSDOM(html, { url: url.href }).window.document;
  expect(amazonJobsPosting.detect(doc, url)).toBe('job');
  return amazonJobsPosting.extract(doc, url) as Job;
}

describe('pay on a posting', () => {
  const sentence =
    'Our compensation reflects the cost of labor across several US geographic markets. The base pay for this position ranges from $113,000/year in our lowest geographic market up to $195,200/year in our highest geographic market.';

  it('is the sentence range when the posting has no per-location lines, and the sentence stays in the description it belongs to', () => {
    const job = postingPage(`<h2>Description</h2><p>We build models.</p><p>${sentence}</p><h2>Basic Qualifications</h2><p>- PhD</p>`);
    expect(job.pay).toEqual([{ location: null, min: 113000, max: 195200, currency: 'USD', period: 'year' }]);
    expect(job.description).toContain('ranges from $113,000/year in our lowest geographic market');
  });

  it('is every per-location line, in page order, when the posting has them beside the sentence', () => {
    const job = postingPage(
      `<h2>Description</h2><p>We build models.</p><h2>Preferred Qualifications</h2><p>- ROS<br><br>${sentence}<br><br>USA, WA, Seattle - 136,000.00 - 212,800.00 USD annually<br>CAN, BC, Vancouver - 89,700.00 - 149,800.00 CAD annually</p>`,
    );
    expect(job.pay.map((p) => [p.location, p.currency])).toEqual([
      ['USA, WA, Seattle', 'USD'],
      ['CAN, BC, Vancouver', 'CAD'],
    ]);
    expect(job.preferredQualifications).toEqual(['ROS']);
  });

  it('is [] when the posting states no pay', () => {
    expect(postingPage('<h2>Description</h2><p>We build models.</p><h2>Basic Qualifications</h2><p>- PhD</p>').pay).toEqual([]);
  });

  it('comes from the embedded job record when the page shows none', () => {
    const props = JSON.stringify({
      job: {
        id_icims: '2800004',
        title: 'Scientist',
        description: '<p>We build models.</p>',
        preferred_qualifications: '- ROS<br/><br/>CAN, ON, Toronto - 185,400.00 - 309,600.00 CAD annually',
      },
    }).replace(/"/g, '&quot;');
    const job = postingPage(`<p>Loading…</p><div data-react-props="${props}"></div>`);
    expect(job.pay).toEqual([{ location: 'CAN, ON, Toronto', min: 185400, max: 309600, currency: 'CAD', period: 'year' }]);
  });

  it('comes from JSON-LD baseSalary as a last resort', () => {
    const ld = {
      '@context': 'https://schema.org',
      '@type': 'JobPosting',
      title: 'Scientist',
      baseSalary: {
        '@type': 'MonetaryAmount',
        currency: 'EUR',
        value: { '@type': 'QuantitativeValue', minValue: 70000, maxValue: 95000, unitText: 'YEAR' },
      },
    };
    const job = postingPage('<p>We build models.</p>', `<script type="application/ld+json">${JSON.stringify(ld)}</script>`);
    expect(job.pay).toEqual([{ location: null, min: 70000, max: 95000, currency: 'EUR', period: 'year' }]);
  });
});

describe('what is not the posting’s own (metamorphic gaps closed)', () => {
  const address = 'https://www.amazon.jobs/en/jobs/2800005/applied-scientist';
  const read = (body: string, head = '') => {
    const doc = new JSDOM(`<!DOCTYPE html><head>${head}</head><body>${body}</body>`, { url: address }).window.document;
    return { doc, url: new URL(address) };
  };
  const POSTING = `<h1>Applied Scientist</h1><p>Job ID: 2800005 | Amazon.com Services LLC</p>
    <h2>Description</h2><p>We build ranking models.</p><h2>Basic qualifications</h2><ul><li>PhD</li></ul>`;

  it('site menu "Locations" link read as the Location label, and the menu items after it as locations (header and nav as divs)', () => {
    const menu = `<div class="top"><div class="menu"><ul><li><a href="/en/search">Find jobs</a></li><li><a href="/en/locations">Locations</a></li>
      <li><a href="/en/working">Working at Amazon</a></li><li><a href="/en/login">Sign in</a></li></ul></div></div>`;
    const { doc, url } = read(`${menu}<div>${POSTING}<div><p>Location</p><ul><li>DE, BE, Berlin</li></ul></div></div>`);
    expect((amazonJobsPosting.extract(doc, url) as Job).locations.map((l) => l.raw)).toEqual(['DE, BE, Berlin']);
  });

  it("a menu's \"Locations\" label above the posting's title (not a link: a menu button's text) is the site's, not the posting's", () => {
    const menu = `<div><p>Locations</p><ul><li>Seattle</li><li>Berlin</li></ul></div>`;
    const { doc, url } = read(`${menu}${POSTING}<dl><dt>Location</dt><dd>US, WA, Seattle</dd></dl>`);
    expect((amazonJobsPosting.extract(doc, url) as Job).locations.map((l) => l.raw)).toEqual(['US, WA, Seattle']);
  });

  it('similar postings linked relative to the posting\'s folder ("../2800006/x") read as the posting\'s locations', () => {
    const similar = `<div><h3>Similar jobs</h3><ul><li><a href="../2800006/data-scientist">Data Scientist</a> <span>JP, 13, Tokyo</span></li>
      <li><a href="./../2800007/economist">Economist</a> <span>ES, M, Madrid</span></li></ul></div>`;
    const { doc, url } = read(`${POSTING}<p>DE, BE, Berlin</p>${similar}`);
    const { job, cards } = readPostingPage(doc, url, '2800005');
    expect(job.locations.map((l) => l.raw)).toEqual(['DE, BE, Berlin']);
    expect(cards.map((c) => c.job.jobId)).toEqual(['2800006', '2800007']);
  });

  it('closed posting with a broken JSON-LD JobPosting block read as a posting', () => {
    const broken =
      '<script type="application/ld+json">{"@context": "https://schema.org", "@type": "JobPosting", "title": "Gone", </script>';
    const notice = '<h1>This job is no longer available</h1><p>Search for similar roles below.</p>';
    expect(amazonJobsPosting.detect(read(notice, broken).doc, new URL(address))).toBeNull();
    const whole = broken.replace('"Gone", ', '"Applied Scientist"}');
    expect(amazonJobsPosting.detect(read('<div id="root"></div>', whole).doc, new URL(address))).toBe('job');
  });

  it('a router\'s parameters ("id":"N" in the page\'s data) do not make a closed posting\'s notice a posting', () => {
    const data = '<script id="__NEXT_DATA__" type="application/json">{"query":{"locale":"en","id":"2800005"}}</script>';
    expect(amazonJobsPosting.detect(read(`<h1>This job is no longer available</h1>${data}`).doc, new URL(address))).toBeNull();
    const record =
      '<script type="application/json">{"job":{"id_icims":"2800005","title":"Applied Scientist","basic_qualifications":"- PhD"}}</script>';
    expect(amazonJobsPosting.detect(read(`<div id="root"></div>${record}`).doc, new URL(address))).toBe('job');
  });
});
