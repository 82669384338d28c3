import { JSDOM } from 'jsdom';
import { describe, expect, it } from 'vitest';
import { amazonJobsSearch } from '../../../lib/extract/amazon-jobs/search';
import { scienceCareers } from '../../../lib/extract/amazon-science/careers';
import type { JobListClip } from '../../../lib/types';
import { clipMismatches, loadFixture } from '../helpers/fixtures';

describe('amazon.science careers list', () => {
  it.each(['science-careers', 'science-careers-table', 'science-careers-cards'])('%s matches every field of its expected file', (name) => {
    const { doc, url, expected } = loadFixture(name);
    expect(scienceCareers.detect(doc, url)).toBe('job-list');
    const clip = scienceCareers.extract(doc, url) as JobListClip;
    expect(clipMismatches(expected, clip as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('a job-list table whose date column has no "Posted" word keeps every date, and the id cell stays out of the teaser', () => {
    const { doc, url } = loadFixture('science-careers-table');
    const jobs = (scienceCareers.extract(doc, url) as JobListClip).jobs;
    expect(jobs.map((j) => j.posted)).toEqual([
      '2026-09-15',
      '2026-09-14',
      '2026-09-14',
      '2026-09-11',
      '2026-09-11',
      '2026-09-09',
      '2026-09-04',
      '2026-09-02',
    ]);
    expect(jobs.every((j) => j.description === '')).toBe(true);
  });

  it('a card whose location is a plain <span> beside the date keeps the location', () => {
    const { doc, url } = loadFixture('science-careers-cards');
    const jobs = (scienceCareers.extract(doc, url) as JobListClip).jobs;
    expect(jobs.map((j) => j.locations.map((l) => l.raw))).toEqual([
      ['US, NY, New York'],
      ['US, CA, Sunnyvale'],
      ['US, WA, Seattle'],
      ['IN, HR, Gurugram'],
      ['IN, KA, Bangalore'],
      ['US, WA, Seattle'],
    ]);
    expect(jobs[2]!.title).toBe('Applied Scientist, Agentic WorkSpaces (AAWS)');
  });

  it('a flattened card keeps the responsibilities written inline after "Key job responsibilities"', () => {
    const { doc, url } = loadFixture('science-careers-cards');
    const jobs = (scienceCareers.extract(doc, url) as JobListClip).jobs;
    expect(jobs[0]!.responsibilities).toHaveLength(3);
    expect(jobs[3]!.responsibilities[0]).toBe(
      'Grow a strong team of Applied Scientists and support it with technical guidance and mentoring.',
    );
    expect(jobs[0]!.description).toContain('Key job responsibilities - Design and build evaluation frameworks');
    expect(jobs.every((j) => j.pay.length === 0)).toBe(true);
  });

  it('keeps the page parameter in url, and reads the heading, teasers and dates', () => {
    const { doc, url } = loadFixture('science-careers');
    const clip = scienceCareers.extract(doc, url) as JobListClip;
    expect(clip.url).toBe('https://www.amazon.science/careers?p=2');
    expect(clip.title).toBe('Careers');
    expect(clip.jobs.map((j) => j.posted)).toEqual([
      '2026-09-15',
      '2026-09-14',
      '2026-09-14',
      '2026-09-11',
      '2026-09-11',
      '2026-09-09',
      '2026-09-08',
      '2026-09-08',
    ]);
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
  it('jobs-search-results matches every field of its expected file', () => {
    const { doc, url, expected } = loadFixture('jobs-search-results');
    expect(amazonJobsSearch.detect(doc, url)).toBe('job-list');
    const clip = amazonJobsSearch.extract(doc, url) as JobListClip;
    expect(clipMismatches(expected, clip as unknown as Record<string, unknown>)).toEqual([]);
  });

  it('takes the "Posted" date of a result, not its "Updated" date', () => {
    const { doc, url } = loadFixture('jobs-search-results');
    const fauna = (amazonJobsSearch.extract(doc, url) as JobListClip).jobs.find((j) => j.jobId === '10543848')!;
    expect(fauna.posted).toBe('2026-09-14');
    expect(fauna.description).not.toContain('Updated');
  });

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
    expect(clip).toMatchObject({
      kind: 'job-list',
      url: 'https://www.amazon.jobs/en/search?base_query=scientist',
      title: 'Search results',
    });
    expect(clip.jobs.map((j) => [j.jobId, j.title, j.locations[0]?.raw, j.posted, j.description])).toEqual([
      ['2900002', 'Data Scientist', 'IN, KA, Bengaluru', '2025-02-27', 'Work with data.'],
      ['2900003', 'Economist', 'US, WA, Seattle', '2025-02-26', 'Model markets.'],
    ]);
  });
});
