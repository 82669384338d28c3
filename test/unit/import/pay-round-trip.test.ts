import { describe, expect, test } from 'vitest';
import type { JobItem } from '../../../lib/db/schema';
import type { PayRange } from '../../../lib/types';
import { compactPay } from '../../../lib/ui/pay';
import { postingJob } from '../db/clips';
import { exportText, importText } from '../helpers/library-file';
import { withDb } from '../helpers/with-db';

// The hourly internship's per-location lines in two currencies, the sentence range of the
// French-locale posting, and a monthly range with cents: every shape of pay a posting states.
function jobWith(name: string, pay: PayRange[]): JobItem {
  const clip = { ...postingJob(name), pay };
  return {
    id: `job:${clip.jobId}`,
    kind: 'job',
    clip,
    title: clip.title ?? '',
    sourceUrls: [clip.url],
    tags: [],
    savedAt: Date.UTC(2026, 10, 1),
    updatedAt: Date.UTC(2026, 10, 1),
    extractorVersion: 1,
    status: 'applied',
    statusHistory: [
      { status: 'saved', at: Date.UTC(2026, 10, 1) },
      { status: 'applied', at: Date.UTC(2026, 10, 12) },
    ],
    notes: '',
    followUp: null,
  };
}

describe('pay through export → import', () => {
  test('every range of every job comes back exactly, and shows the same label', async () => {
    const items = [
      jobWith('jobs-intern-hourly', postingJob('jobs-intern-hourly').pay),
      jobWith('jobs-locale-fr-personalization', postingJob('jobs-locale-fr-personalization').pay),
      jobWith('jobs-detail-virtual', [{ location: null, min: 9_000.5, max: 14_500.25, currency: 'EUR', period: 'month' }]),
      jobWith('jobs-detail-1324373', []),
    ];
    expect(items.slice(0, 2).every((item) => item.clip.pay.length > 0)).toBe(true);
    const text = await withDb(async (source) => {
      await source.items.bulkPut(items);
      return exportText(source);
    });
    await withDb(async (target) => {
      await importText(target, text);
      const back = (await target.items.bulkGet(items.map((item) => item.id))) as JobItem[];
      expect(back.map((item) => item.clip.pay)).toStrictEqual(items.map((item) => item.clip.pay));
      expect(back.map((item) => compactPay(item.clip.pay))).toEqual(items.map((item) => compactPay(item.clip.pay)));
    });
  });
});
