import { JOB_STATUSES, type JobItem, type JobStatus } from '../db/schema';
import { topAnnualPay } from './pay';

export const JOB_SORT_KEYS = ['posted', 'saved', 'followUp', 'pay'] as const;
export type JobSortKey = (typeof JOB_SORT_KEYS)[number];

export const JOB_SORT_LABELS: Record<JobSortKey, string> = {
  posted: 'Posted date',
  saved: 'Saved date',
  followUp: 'Follow-up date',
  pay: 'Pay',
};

/** Missing dates go last whatever the direction: a job without a date is the least urgent. */
function compareOptional(a: string | null, b: string | null, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -direction : direction;
}

/**
 * Where a job goes when sorting by pay in `currency`: first the jobs paying in it, best paid
 * first; then the jobs paying only in other currencies, grouped by their first currency (its
 * code, alphabetically) and best paid first within it; then the jobs that state no pay. Amounts
 * in different currencies are never compared (see topAnnualPay): there is no exchange rate.
 */
function payOrder(job: JobItem, currency: string | null): [number, string, number] {
  const own = currency === null ? null : topAnnualPay(job.clip.pay, currency);
  if (own !== null) return [0, '', -own];
  const other = job.clip.pay?.[0]?.currency;
  if (other === undefined) return [2, '', 0];
  return [1, other, -(topAnnualPay(job.clip.pay, other) ?? 0)];
}

function comparePay(currency: string | null) {
  return (a: JobItem, b: JobItem): number => {
    const [ra, ca, pa] = payOrder(a, currency);
    const [rb, cb, pb] = payOrder(b, currency);
    return ra - rb || ca.localeCompare(cb) || pa - pb;
  };
}

/**
 * Newest posting first, most recently saved first, soonest follow-up first, or best paid first
 * in `payCurrency` (see payOrder). Ties keep the most recently saved job on top so the order
 * never jumps between renders.
 */
export function sortJobs(jobs: readonly JobItem[], key: JobSortKey, payCurrency: string | null = null): JobItem[] {
  const bySaved = (a: JobItem, b: JobItem) => b.savedAt - a.savedAt;
  const byPay = comparePay(payCurrency);
  const compare =
    key === 'posted'
      ? (a: JobItem, b: JobItem) => compareOptional(a.clip.posted, b.clip.posted, -1) || bySaved(a, b)
      : key === 'followUp'
        ? (a: JobItem, b: JobItem) => compareOptional(a.followUp, b.followUp, 1) || bySaved(a, b)
        : key === 'pay'
          ? (a: JobItem, b: JobItem) => byPay(a, b) || bySaved(a, b)
          : bySaved;
  return [...jobs].sort(compare);
}

/** A minimum pay: annual, in one currency (the board asks for thousands, this holds the amount). */
export interface PayFloor {
  currency: string;
  minAnnual: number;
}

/**
 * The jobs that may pay at least `floor`: one of their ranges in the floor's currency reaches
 * it (its top, made annual for hourly and monthly pay). A job stating pay only in another
 * currency, or none, is left out: it cannot be said to meet the floor.
 */
export function filterByPay(jobs: readonly JobItem[], floor: PayFloor | null): JobItem[] {
  if (!floor) return [...jobs];
  return jobs.filter((job) => (topAnnualPay(job.clip.pay, floor.currency) ?? -Infinity) >= floor.minAnnual);
}

/** The jobs of each status, every status present (empty when no job has it), in pipeline order. */
export function groupByStatus(jobs: readonly JobItem[]): Map<JobStatus, JobItem[]> {
  const groups = new Map<JobStatus, JobItem[]>(JOB_STATUSES.map((s) => [s, []]));
  for (const job of jobs) groups.get(job.status)?.push(job);
  return groups;
}

const CLOSED: ReadonlySet<JobStatus> = new Set(['rejected', 'withdrawn']);

/** A status after which there is nothing left to do or follow up on. */
export function isClosedStatus(status: JobStatus): boolean {
  return CLOSED.has(status);
}

/** Whether the follow-up date of an open application has come (`today` is `YYYY-MM-DD`). */
export function isFollowUpDue(job: JobItem, today: string): boolean {
  return job.followUp !== null && job.followUp <= today && !isClosedStatus(job.status);
}

/**
 * The item id a jobs board address points at (`jobs.html#job%3A1324373`, as the reader links
 * saved jobs); null without one or when the fragment is not valid percent-encoding.
 */
export function jobIdFromHash(hash: string): string | null {
  const raw = hash.replace(/^#/, '');
  if (!raw) return null;
  try {
    return decodeURIComponent(raw);
  } catch {
    return null;
  }
}
