import { afterEach, describe, expect, it } from 'vitest';
import { isoDay, itemByline, kindLabel, locationsLabel, shortDate, statusLabel, statusSince, statusSummary } from '../../../lib/ui/format';
import { articleItem, day, jobItem } from './helpers';

const NOW = day(11, 20, 2026);

describe('shortDate', () => {
  const tz = process.env.TZ;
  afterEach(() => {
    process.env.TZ = tz;
  });

  it('writes a day of the current year as "12 Nov"', () => {
    expect(shortDate(day(11, 12, 2026), NOW)).toBe('12 Nov');
    expect(shortDate('2026-09-03', NOW)).toBe('3 Sep');
  });

  it('adds the year for another year', () => {
    expect(shortDate(day(11, 12, 2024), NOW)).toBe('12 Nov 2024');
    expect(shortDate('2020-11-23', NOW)).toBe('23 Nov 2020');
  });

  it('reads a YYYY-MM-DD posted date as a local day, not UTC midnight (the day before in the Americas)', () => {
    process.env.TZ = 'America/Los_Angeles';
    expect(shortDate('2020-11-23', NOW)).toBe('23 Nov 2020');
    process.env.TZ = 'Pacific/Auckland';
    expect(shortDate('2020-11-23', NOW)).toBe('23 Nov 2020');
  });

  it('gives "" for what is not a date', () => {
    expect(shortDate('2026-02-30', NOW)).toBe('');
    expect(shortDate('September 10, 2026', NOW)).toBe('');
    expect(shortDate(Number.NaN, NOW)).toBe('');
  });
});

describe('isoDay', () => {
  it('is the local calendar day in the format of followUp', () => {
    expect(isoDay(day(3, 7, 2026))).toBe('2026-03-07');
  });
});

describe('labels', () => {
  it('names kinds and statuses for people', () => {
    expect(['article', 'profile', 'job'].map((k) => kindLabel(k as 'job'))).toEqual(['Article', 'Profile', 'Job']);
    expect(statusLabel('interviewing')).toBe('Interviewing');
  });

  it('lists locations as printed, virtual marker included', () => {
    expect(locationsLabel(jobItem('jobs-detail-virtual').clip.locations)).toBe('IN, KA, Bangalore - Virtual');
    expect(locationsLabel([])).toBe('');
  });
});

describe('itemByline', () => {
  it('names the person of a profile', () => {
    expect(itemByline(articleItem('science-profile-leino'))).toBe('Rustan Leino');
    expect(itemByline(articleItem('science-qa-rastogi'))).toBe('Rajeev Rastogi');
  });

  it('lists the authors of an article', () => {
    expect(itemByline(articleItem('science-blog-overfit'))).toBe('Martin Bertran Lopez, Aaron Roth');
  });

  it('gives the employer and places of a job, leaving out what the posting lacks', () => {
    expect(itemByline(jobItem('jobs-detail-1324373'))).toBe('Amazon Development Center DEU · DE, BE, Berlin');
    expect(itemByline(jobItem({ careers: 0 }))).toBe('IN, KA, Bangalore');
  });
});

describe('status dates', () => {
  it('dates the status by its last change', () => {
    const job = jobItem('jobs-detail-1324373', { savedAt: day(11, 1, 2026), status: 'applied', statusAt: day(11, 12, 2026) });
    expect(statusSince(job)).toBe(day(11, 12, 2026));
    expect(statusSummary(job.status, statusSince(job), NOW)).toBe('Applied · 12 Nov');
  });

  it('falls back to the save time without a history', () => {
    const job = { ...jobItem('jobs-detail-1324373', { savedAt: day(10, 2, 2026) }), statusHistory: [] };
    expect(statusSummary(job.status, statusSince(job), NOW)).toBe('Saved · 2 Oct');
  });
});
