import type { PayRange } from '../types';

const PERIODS: Record<PayRange['period'], string> = { year: 'a year', month: 'a month', hour: 'an hour' };

function amount(value: number): string {
  return value.toLocaleString('en-US', { maximumFractionDigits: 2 });
}

/** "USA, WA, Seattle: 136,000–212,800 USD a year"; without a place when the posting names none. */
export function payLabel(range: PayRange): string {
  const span = range.min === range.max ? amount(range.min) : `${amount(range.min)}–${amount(range.max)}`;
  const pay = `${span} ${range.currency} ${PERIODS[range.period] ?? ''}`.trim();
  return range.location ? `${range.location}: ${pay}` : pay;
}
