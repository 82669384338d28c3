import type { JobItem } from './schema';

/** When the job's status last changed (epoch ms), or null for a job with no recorded change. */
export function lastStatusChange(job: Pick<JobItem, 'statusHistory'>): number | null {
  return job.statusHistory.at(-1)?.at ?? null;
}
