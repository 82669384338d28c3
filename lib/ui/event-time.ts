import { isoDay, shortDate } from './format';

// Interview event times as the board shows and edits them: the user's own clock, always.

function pad(n: number): string {
  return String(n).padStart(2, '0');
}

/** "8 Dec, 15:30" (with the year when it is not this year's). */
export function eventTimeLabel(at: number, now: number = Date.now()): string {
  const date = new Date(at);
  return `${shortDate(at, now)}, ${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The value of a `datetime-local` field for `at`: `2026-12-08T15:30`. */
export function toDateTimeLocal(at: number): string {
  const date = new Date(at);
  return `${isoDay(at)}T${pad(date.getHours())}:${pad(date.getMinutes())}`;
}

/** The instant a `datetime-local` field's value names on the user's clock; null when it is not a complete one. */
export function fromDateTimeLocal(value: string): number | null {
  const m = /^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2})$/.exec(value);
  if (!m || m[1]! < '1900') return null;
  const at = new Date(+m[1]!, +m[2]! - 1, +m[3]!, +m[4]!, +m[5]!).getTime();
  return Number.isFinite(at) ? at : null;
}
