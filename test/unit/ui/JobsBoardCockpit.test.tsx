// The jobs board's pay and funnel, rendered with real items in the board's own database.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { JobsBoard } from '../../../entrypoints/jobs/JobsBoard';
import { db } from '../../../lib/db';
import type { JobItem } from '../../../lib/db/schema';
import type { PayRange } from '../../../lib/types';
import { byLabel, choose, jobItem, render, type, waitFor } from './helpers';

let view: ReturnType<typeof render> | undefined;

beforeEach(async () => {
  fakeBrowser.reset();
  await db.items.clear();
});
afterEach(() => view?.unmount());

const withPay = (job: JobItem, pay: PayRange[]): JobItem => ({ ...job, clip: { ...job.clip, pay } });
const now = Date.now();
const usd = withPay(jobItem('jobs-detail-1324373', { savedAt: now - 5 * 86_400_000, status: 'applied', statusAt: now - 2 * 86_400_000 }), [
  { location: 'USA, WA, Seattle', min: 149_000, max: 258_000, currency: 'USD', period: 'year' },
]);
const hourly = withPay(jobItem('jobs-detail-virtual', { savedAt: now - 3 * 86_400_000 }), [
  { location: null, min: 40, max: 50, currency: 'USD', period: 'hour' },
]);
const eur = withPay(jobItem({ careers: 0 }, { savedAt: now - 200 * 86_400_000 }), [
  { location: null, min: 300_000, max: 400_000, currency: 'EUR', period: 'year' },
]);
const none = jobItem({ careers: 1 }, { savedAt: now - 86_400_000 });

async function show() {
  await db.items.bulkPut([usd, hourly, eur, none]);
  view = render(<JobsBoard />);
  await waitFor(() => expect(view!.container.querySelectorAll('.job-card')).toHaveLength(4));
  return view.container;
}

const titles = (root: Element) => [...root.querySelectorAll('.job-card')].map((card) => card.getAttribute('aria-label'));

describe('jobs board: pay', () => {
  it('shows each job’s pay on its card', async () => {
    const root = await show();
    const pay = (job: JobItem) => root.querySelector(`[id="${job.id}"] .job-pay`)?.textContent;
    expect(pay(usd)).toBe('Pay: USD 149k–258k/yr');
    expect(pay(hourly)).toBe('Pay: USD 40–50/hr');
    expect(pay(none)).toBeUndefined();
  });

  it('filters by a minimum a year in one currency and says how many it hides', async () => {
    const root = await show();
    type(byLabel(root, 'Pay at least'), '150');
    await waitFor(() => expect(titles(root)).toEqual([usd.title]));
    expect(root.querySelector('[role="status"]')!.textContent).toMatch(/^3 jobs hidden: no pay of 150k USD a year or more/);
    choose(byLabel(root, 'Pay currency'), 'EUR');
    await waitFor(() => expect(titles(root)).toEqual([eur.title]));
    type(byLabel(root, 'Pay at least'), '');
    await waitFor(() => expect(titles(root)).toHaveLength(4));
  });
});

describe('jobs board: funnel', () => {
  it('counts the jobs of the chosen period at each stage, in a table screen readers read', async () => {
    const root = await show();
    const cells = () =>
      [...root.querySelectorAll('.funnel tbody tr')].map((row) => [...row.children].slice(0, 3).map((c) => c.textContent));
    expect(cells()).toEqual([
      ['Saved', '3', 'not applicable'],
      ['Applied', '1', '33%'],
      ['Interviewing', '0', '0%'],
      ['Offer', '0', '–'],
    ]);
    expect(root.querySelector('.funnel svg')!.getAttribute('aria-hidden')).toBe('true');
    choose(byLabel(root, 'Jobs saved in'), 'all');
    await waitFor(() => expect(cells()[0]![1]).toBe('4'));
  });
});
