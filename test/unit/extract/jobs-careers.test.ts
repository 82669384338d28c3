import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { amazonJobsSearch } from '../../../lib/extract/amazon-jobs/search';
import { scienceCareers } from '../../../lib/extract/amazon-science/careers';
import type { JobListClip } from '../../../lib/types';
import { clipMismatches, loadFixture } from '../helpers/fixtures';

describe('amazon.science careers list', () => {
  it('science-careers matches every field of its expected file', () => {
    const { doc, url, expected } = loadFixture('science-careers');
    expect(scienceCareers.detect(doc, url)).toBe('job-list');
    const clip = scienceCareers.extract(doc, url) as JobListClip;
    expect(clipMismatches(expected, clip as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('keeps the page parameter in url, and reads the heading, teasers and dates', () => {
    const { doc, url } = loadFixture('science-careers');
    const clip = scienceCareers.extract(doc, url) as JobListClip;
    expect(clip.url).toBe('https://www.amazon.science/careers?p=2');
    expect(clip.title).toBe('Careers');
    expect(clip.jobs.map((j) => j.posted)).toEqual(['2026-09-15', '2026-09-14', '2026-09-14', '2026-09-11', '2026-09-11', '2026-09-09', '2026-09-08', '2026-09-08']);
    expect(clip.jobs[4]!.description).toBe('Calling all innovators! Are you a founder at heart? A maker?');
    expect(clip.jobs.every((j) => j.company === null && !/Job ID|Posted/.test(j.description))).toBe(true);
  });

  it.each([
    ['https://www.amazon.science/careers', 'job-list'],
    ['https://amazon.science/careers/?country=USA&p=3', 'job-list'],
    ['https://www.amazon.science/careers-at-amazon', null],
    ['https://www.amazon.science/research-areas/automated-reasoning', null],
    ['https://www.amazon.com/careers', null],
    ['https://www.amazon.jobs/careers', null],
  ])('%s is %s', (address, kind) => {
    const { doc, url } = loadFixture('science-careers', address);
    expect(scienceCareers.detect(doc, url)).toBe(kind);
  });
});

describe('amazon.jobs search results', () => {
  const html = `<!DOCTYPE html><title>Search results | Amazon.jobs</title><body><header><a href="/en/search">Find jobs</a></header>
    <div class="job-tile"><a class="job-link" href="/en/jobs/2900002/data-scientist"><h3>Data Scientist</h3>
      <div>IN, KA, Bengaluru | Job ID: 2900002</div><h2>Posted February 27, 2025</h2><div>Work with data.</div></a></div>
    <div class="job-tile"><a class="job-link" href="/en/jobs/2900003/economist"><h3>Economist</h3>
      <div>US, WA, Seattle | Job ID: 2900003</div><h2>Posted February 26, 2025</h2><div>Model markets.</div></a></div></body>`;

  it.each([
    ['https://www.amazon.jobs/en/search?base_query=scientist&offset=10', 'job-list'],
    ['https://amazon.jobs/search', 'job-list'],
    ['https://www.amazon.jobs/en-gb/search/', 'job-list'],
    ['https://www.amazon.jobs/en/jobs/2900002/data-scientist', null],
    ['https://www.amazon.jobs/en/teams/search', null],
    ['https://www.amazon.science/search?q=jobs', null],
  ])('%s is %s', (address, kind) => {
    const url = new URL(address);
    expect(amazonJobsSearch.detect(new JSDOM(html, { url: url.href }).window.document, url)).toBe(kind);
  });

  it('lists the result tiles as jobs, titled by the page without the site name', () => {
    const url = new URL('https://www.amazon.jobs/en/search?base_query=scientist&cmpid=x');
    const clip = amazonJobsSearch.extract(new JSDOM(html, { url: url.href }).window.document, url) as JobListClip;
    expect(clip).toMatchObject({ kind: 'job-list', url: 'https://www.amazon.jobs/en/search?base_query=scientist', title: 'Search results' });
    expect(clip.jobs.map((j) => [j.jobId, j.title, j.locations[0]?.raw, j.posted, j.description])).toEqual([
      ['2900002', 'Data Scientist', 'IN, KA, Bengaluru', '2025-02-27', 'Work with data.'],
      ['2900003', 'Economist', 'US, WA, Seattle', '2025-02-26', 'Model markets.'],
    ]);
  });
});
