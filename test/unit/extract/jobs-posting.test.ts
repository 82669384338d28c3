import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { amazonJobsPosting } from '../../../lib/extract/amazon-jobs/posting';
import type { Job } from '../../../lib/types';
import { clipMismatches, loadFixture } from '../helpers/fixtures';

const CANONICAL = 'https://www.amazon.jobs/en/jobs/1324373/senior-applied-scientist-nlp-ir';

describe('amazon.jobs posting fixtures', () => {
  it.each(['jobs-detail-1324373', 'jobs-detail-virtual'])('%s matches every field of its expected file', (name) => {
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
