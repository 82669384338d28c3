import { JOB_STATUSES, type JobItem, type JobStatus } from '../db/schema';

export const JOB_SORT_KEYS = ['posted', 'saved', 'followUp'] as const;
export type JobSortKey = (typeof JOB_SORT_KEYS)[number];

export const JOB_SORT_LABELS: Record<JobSortKey, string> = {
  posted: 'Posted date',
  saved: 'Saved date',
  followUp: 'Follow-up date',
};

/** Missing dates go last whatever the direction: a job without a date is the least urgent. */
function compareOptional(a: string | null, b: string | null, direction: 1 | -1): number {
  if (a === b) return 0;
  if (a === null) return 1;
  if (b === null) return -1;
  return a < b ? -direction : direction;
}

/**
 * Newest posting first, most recently saved first, or soonest follow-up first. Ties keep the
 * most recently saved job on top so the order never jumps between renders.
 */
export function sortJobs(jobs: readonly JobItem[], key: JobSortKey): JobItem[] {
  const bySaved = (a: JobItem, b: JobItem) => b.savedAt - a.savedAt;
  const compare =
    key === 'posted'
      ? (a: JobItem, b: JobItem) => compareOptional(a.clip.posted, b.clip.posted, -1) || bySaved(a, b)
      : key === 'followUp'
        ? (a: JobItem, b: JobItem) => compareOptional(a.followUp, b.followUp, 1) || bySaved(a, b)
        : bySaved;
  return [...jobs].sort(compare);
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
