import { describe, expect, it } from 'vitest';
import { JOB_SORT_KEYS, filterByPay, sortJobs } from '../../../lib/ui/jobs';
import { annualMax, compactAmount, compactPay, payCurrencies, payRangeLabel, topAnnualPay } from '../../../lib/ui/pay';
import type { PayRange } from '../../../lib/types';
import { jobItem } from './helpers';

const range = (
  min: number,
  max: number,
  currency = 'USD',
  period: PayRange['period'] = 'year',
  location: string | null = null,
): PayRange => ({
  location,
  min,
  max,
  currency,
  period,
});

describe('payRangeLabel (Markdown notes)', () => {
  it('writes a range with its place, a single sentence range without one, and each period', () => {
    expect(payRangeLabel(range(136_000, 212_800, 'USD', 'year', 'USA, WA, Seattle'))).toBe('USA, WA, Seattle: 136,000–212,800 USD a year');
    expect(payRangeLabel(range(9_000, 14_500.5, 'EUR', 'month'))).toBe('9,000–14,500.5 EUR a month');
    expect(payRangeLabel(range(40, 40, 'GBP', 'hour'))).toBe('40 GBP an hour');
  });
});

describe('compactPay', () => {
  it('shortens annual pay to thousands', () => {
    expect(compactPay([range(149_000, 258_000)])).toBe('USD 149k–258k/yr');
    expect(compactPay([range(47_500, 62_250)])).toBe('USD 47.5k–62.25k/yr');
    expect(compactPay([range(1_250_000, 2_000_000, 'INR')])).toBe('INR 1.25M–2M/yr');
  });

  it('keeps hourly cents and marks hourly and monthly pay', () => {
    expect(compactPay([range(47.84, 96.15, 'USD', 'hour')])).toBe('USD 47.84–96.15/hr');
    expect(compactPay([range(9_000, 14_500, 'EUR', 'month')])).toBe('EUR 9k–14.5k/mo');
    expect(compactPay([range(40, 40, 'GBP', 'hour')])).toBe('GBP 40/hr');
  });

  it('merges the per-location lines of one currency into lowest–highest', () => {
    const lines = [
      range(136_000, 212_800, 'USD', 'year', 'Seattle'),
      range(119_000, 186_000, 'USD', 'year', 'Austin'),
      range(149_000, 258_000, 'USD', 'year', 'NYC'),
    ];
    expect(compactPay(lines)).toBe('USD 119k–258k/yr');
  });

  it('shows two currencies side by side and counts the rest', () => {
    expect(compactPay([range(47.84, 96.15, 'USD', 'hour'), range(42, 80, 'CAD', 'hour')])).toBe('USD 47.84–96.15/hr · CAD 42–80/hr');
    expect(compactPay([range(1, 2), range(3, 4, 'CAD'), range(5, 6, 'EUR'), range(7, 8, 'GBP')])).toBe('USD 1–2/yr · CAD 3–4/yr +2 more');
  });

  it('is null without pay, also for a clip stored before pay was read', () => {
    expect(compactPay([])).toBeNull();
    expect(compactPay(undefined)).toBeNull();
  });

  it('rounds amounts of a hundred thousand and more to whole thousands', () => {
    expect(compactAmount(212_800)).toBe('213k');
    expect(compactAmount(999)).toBe('999');
  });
});

describe('annual pay', () => {
  it('counts 2,080 hours and 12 months to a year', () => {
    expect(annualMax(range(40, 50, 'USD', 'hour'))).toBe(104_000);
    expect(annualMax(range(9_000, 10_000, 'EUR', 'month'))).toBe(120_000);
  });

  it('reads only the asked currency', () => {
    const pay = [range(100_000, 150_000, 'USD'), range(200_000, 300_000, 'CAD')];
    expect(topAnnualPay(pay, 'USD')).toBe(150_000);
    expect(topAnnualPay(pay, 'CAD')).toBe(300_000);
    expect(topAnnualPay(pay, 'EUR')).toBeNull();
  });

  it('lists currencies by how many jobs pay in them', () => {
    expect(payCurrencies([[range(1, 2, 'EUR')], [range(1, 2), range(3, 4)], [range(1, 2), range(1, 2, 'CAD')], [], undefined])).toEqual([
      'USD',
      'CAD',
      'EUR',
    ]);
  });
});

describe('sorting and filtering the board by pay', () => {
  const usdHigh = jobItem('jobs-detail-1324373', { savedAt: 1 });
  const usdHourly = jobItem('jobs-detail-virtual', { savedAt: 2 });
  const eurHigh = jobItem({ careers: 0 }, { savedAt: 3 });
  const none = jobItem({ careers: 1 }, { savedAt: 4 });
  const jobs = [
    { ...usdHigh, clip: { ...usdHigh.clip, pay: [range(150_000, 250_000)] } },
    { ...usdHourly, clip: { ...usdHourly.clip, pay: [range(40, 60, 'USD', 'hour'), range(900_000, 900_000, 'CAD')] } },
    { ...eurHigh, clip: { ...eurHigh.clip, pay: [range(500_000, 900_000, 'EUR')] } },
    { ...none, clip: { ...none.clip, pay: [] } },
  ];
  const ids = (list: { id: string }[]) => list.map((j) => j.id);

  it('is one of the sort keys', () => {
    expect(JOB_SORT_KEYS).toContain('pay');
  });

  it('puts the best paid in the chosen currency first, never ranking EUR above USD by its number', () => {
    // 60 USD an hour is 124,800 a year; the EUR job's larger number does not lift it above either.
    expect(ids(sortJobs(jobs, 'pay', 'USD'))).toEqual(ids([jobs[0]!, jobs[1]!, jobs[2]!, jobs[3]!]));
    // The others follow grouped by their own first currency (both USD here), best paid first.
    expect(ids(sortJobs(jobs, 'pay', 'EUR'))).toEqual(ids([jobs[2]!, jobs[0]!, jobs[1]!, jobs[3]!]));
  });

  it('keeps only the jobs whose pay in the currency can reach the floor', () => {
    expect(ids(filterByPay(jobs, { currency: 'USD', minAnnual: 120_000 }))).toEqual(ids([jobs[0]!, jobs[1]!]));
    expect(ids(filterByPay(jobs, { currency: 'USD', minAnnual: 200_000 }))).toEqual(ids([jobs[0]!]));
    expect(ids(filterByPay(jobs, { currency: 'CAD', minAnnual: 200_000 }))).toEqual(ids([jobs[1]!]));
    expect(filterByPay(jobs, null)).toHaveLength(4);
  });
});
