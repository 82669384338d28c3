import type { PayRange } from '../types';

// The one place pay becomes words: the long form of one range (Markdown notes list each range
// with its place) and the compact form of a whole posting (popup row, jobs board, page widget,
// CSV), plus the annual figure that sorting and filtering compare.

const PERIOD_WORDS: Record<PayRange['period'], string> = { year: 'a year', month: 'a month', hour: 'an hour' };
const PERIOD_SHORT: Record<PayRange['period'], string> = { year: '/yr', month: '/mo', hour: '/hr' };

/**
 * Full-time hours and months in a year, to put hourly and monthly pay beside annual pay: 40 hours
 * for 52 weeks, the convention US postings use when they state both.
 */
const PER_YEAR: Record<PayRange['period'], number> = { year: 1, month: 12, hour: 2080 };

/** More ranges than this in one compact label end in "+N more": a row has room for two. */
const COMPACT_GROUPS = 2;

function fullAmount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "USA, WA, Seattle: 136,000–212,800 USD a year"; without a place when the posting names none. */
export function payRangeLabel(range: PayRange): string {
  const span = range.min === range.max ? fullAmount(range.min) : `${fullAmount(range.min)}–${fullAmount(range.max)}`;
  const pay = `${span} ${range.currency} ${PERIOD_WORDS[range.period] ?? ''}`.trim();
  return range.location ? `${range.location}: ${pay}` : pay;
}

/** 149000 → "149k", 47500 → "47.5k", 1250000 → "1.25M", 47.84 → "47.84". */
export function compactAmount(value: number): string {
  const scaled = (n: number, unit: string) => `${Number(n.toFixed(n < 100 ? 2 : 0)).toLocaleString('en-US')}${unit}`;
  if (value >= 1_000_000) return scaled(value / 1_000_000, 'M');
  if (value >= 1_000) return scaled(value / 1_000, 'k');
  return fullAmount(value);
}

interface PayGroup {
  currency: string;
  period: PayRange['period'];
  min: number;
  max: number;
}

/**
 * The ranges of one currency and period merged into one span (a posting's per-location lines
 * become "lowest–highest"), groups in the order the posting first states them.
 */
export function payGroups(ranges: readonly PayRange[]): PayGroup[] {
  const groups = new Map<string, PayGroup>();
  for (const range of ranges) {
    const key = `${range.currency} ${range.period}`;
    const group = groups.get(key);
    if (group) {
      group.min = Math.min(group.min, range.min);
      group.max = Math.max(group.max, range.max);
    } else {
      groups.set(key, { currency: range.currency, period: range.period, min: range.min, max: range.max });
    }
  }
  return [...groups.values()];
}

function groupLabel(group: PayGroup): string {
  const span = group.min === group.max ? compactAmount(group.min) : `${compactAmount(group.min)}–${compactAmount(group.max)}`;
  return `${group.currency} ${span}${PERIOD_SHORT[group.period]}`;
}

/**
 * A posting's pay in a few characters: "USD 149k–258k/yr", "USD 47.84–62/hr · CAD 52–68/hr",
 * "USD 136k–213k/yr · CAD 120k–180k/yr +1 more"; null when the posting states none.
 */
export function compactPay(ranges: readonly PayRange[] | undefined): string | null {
  const groups = payGroups(ranges ?? []);
  if (groups.length === 0) return null;
  const shown = groups.slice(0, COMPACT_GROUPS).map(groupLabel).join(' · ');
  const more = groups.length - COMPACT_GROUPS;
  return more > 0 ? `${shown} +${more} more` : shown;
}

/** An amount paid per `period` as pay for a year of full-time work, in the same currency. */
export function annualAmount(amount: number, period: PayRange['period']): number {
  return amount * PER_YEAR[period];
}

/** One range's top as pay for a year of full-time work, in the range's own currency. */
export function annualMax(range: PayRange): number {
  return annualAmount(range.max, range.period);
}

/**
 * The highest annual pay a posting states in `currency`, or null when it states none in it.
 * Amounts are never converted between currencies: the extension works offline and keeps no
 * exchange rates, so 100k EUR and 100k USD are not comparable numbers and are never compared.
 */
export function topAnnualPay(ranges: readonly PayRange[] | undefined, currency: string): number | null {
  const tops = (ranges ?? []).filter((range) => range.currency === currency).map(annualMax);
  return tops.length > 0 ? Math.max(...tops) : null;
}

/** The currencies of these postings' pay, the most used first (ties alphabetical). */
export function payCurrencies(rangeLists: readonly (readonly PayRange[] | undefined)[]): string[] {
  const counts = new Map<string, number>();
  for (const ranges of rangeLists) {
    for (const currency of new Set((ranges ?? []).map((range) => range.currency))) counts.set(currency, (counts.get(currency) ?? 0) + 1);
  }
  return [...counts].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([currency]) => currency);
}
