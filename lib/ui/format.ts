import type { Item, JobItem, JobStatus } from '../db/schema';
import { lastStatusChange } from '../db/status-change';
import type { Location } from '../types';

// Fixed English month names rather than Intl: ICU versions disagree on some short names
// ("Sep" vs "Sept"), and the UI should read the same in every browser.
const MONTHS = ['Jan', 'Feb', 'Mar', 'Apr', 'May', 'Jun', 'Jul', 'Aug', 'Sep', 'Oct', 'Nov', 'Dec'];
const ISO_DAY = /^(\d{4})-(\d{2})-(\d{2})$/;

/**
 * A calendar day from epoch ms (in local time) or from a `YYYY-MM-DD` string. The string is read
 * as a local date on purpose: `new Date('2020-11-23')` is UTC midnight, the day before in the Americas.
 */
function toLocalDate(value: number | string): Date | null {
  if (typeof value === 'number') return Number.isFinite(value) ? new Date(value) : null;
  const m = ISO_DAY.exec(value);
  if (!m) return null;
  const date = new Date(+m[1]!, +m[2]! - 1, +m[3]!);
  return date.getMonth() === +m[2]! - 1 ? date : null;
}

/** "12 Nov" in the current year, "12 Nov 2024" otherwise; "" for a value that is not a date. */
export function shortDate(value: number | string, now: number = Date.now()): string {
  const date = toLocalDate(value);
  if (!date) return '';
  const dayMonth = `${date.getDate()} ${MONTHS[date.getMonth()]}`;
  return date.getFullYear() === new Date(now).getFullYear() ? dayMonth : `${dayMonth} ${date.getFullYear()}`;
}

/** The local calendar day of `ms` as `YYYY-MM-DD`, the format of `followUp` and `posted`. */
export function isoDay(ms: number): string {
  const d = new Date(ms);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${d.getFullYear()}-${pad(d.getMonth() + 1)}-${pad(d.getDate())}`;
}

const KIND_LABELS: Record<Item['kind'], string> = { article: 'Article', profile: 'Profile', job: 'Job' };

export function kindLabel(kind: Item['kind']): string {
  return KIND_LABELS[kind];
}

export function statusLabel(status: JobStatus): string {
  return status.charAt(0).toUpperCase() + status.slice(1);
}

export function locationsLabel(locations: readonly Location[]): string {
  return locations.map((l) => l.raw).join(' · ');
}

/** The fields a byline is made of, as an item's clip and its library card both hold them. */
export interface BylineFields {
  kind: Item['kind'];
  person: string | null;
  authors: readonly string[];
  company: string | null;
  /** The places as written on the page. */
  locations: readonly string[];
}

/** Who or what an item is about, in one line: the person, the authors, or the employer and places. */
export function bylineOf(fields: BylineFields): string {
  if (fields.kind === 'job') return [fields.company, fields.locations.join(' · ')].filter(Boolean).join(' · ');
  if (fields.kind === 'profile' && fields.person) return fields.person;
  return fields.authors.join(', ');
}

export function itemByline(item: Item): string {
  if (item.kind === 'job')
    return bylineOf({
      kind: 'job',
      person: null,
      authors: [],
      company: item.clip.company,
      locations: item.clip.locations.map((l) => l.raw),
    });
  return bylineOf({ kind: item.kind, person: item.clip.person?.name ?? null, authors: item.clip.authors, company: null, locations: [] });
}

/**
 * When the job entered its current status: the last change, as the page widget shows it
 * (lib/background/summary.ts); the save time when there is no history.
 */
export function statusSince(job: JobItem): number {
  return lastStatusChange(job) ?? job.savedAt;
}

/** "Applied · 12 Nov": a status and the day the job entered it (see statusSince). */
export function statusSummary(status: JobStatus, since: number, now: number = Date.now()): string {
  return `${statusLabel(status)} · ${shortDate(since, now)}`;
}

/** "1 item", "12,345 items": a count with separators and the word it counts. */
export function countOf(n: number, one: string, many = `${one}s`): string {
  return `${n.toLocaleString('en')} ${n === 1 ? one : many}`;
}
