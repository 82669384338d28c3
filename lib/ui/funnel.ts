import type { JobStatus, StatusChange } from '../db/schema';

// The job search funnel of the jobs board: pure arithmetic over the status history every job
// keeps (lib/db/items.ts appends each change), so it is tested on generated histories.

/** The stages of the funnel, in order; rejected and withdrawn end a search but are not stages. */
export const FUNNEL_STAGES = ['saved', 'applied', 'interviewing', 'offer'] as const satisfies readonly JobStatus[];
export type FunnelStage = (typeof FUNNEL_STAGES)[number];

const DAY_MS = 86_400_000;

export interface FunnelJob {
  savedAt: number;
  statusHistory: readonly StatusChange[];
}

export interface FunnelRow {
  stage: FunnelStage;
  /** Jobs of the period that reached this stage (or a later one: a step may go unrecorded). */
  reached: number;
  /** reached ÷ the previous stage's reached; null for the first stage or when the previous is 0. */
  conversion: number | null;
  /** Median days a job spent in this stage before its next change; null when no job has left it. */
  medianDays: number | null;
  /** How many jobs the median is of: those that entered this stage and moved on from it. */
  timed: number;
}

function stageIndex(status: JobStatus): number {
  return (FUNNEL_STAGES as readonly JobStatus[]).indexOf(status);
}

export function median(values: readonly number[]): number | null {
  if (values.length === 0) return null;
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}

/**
 * The furthest stage a job reached: a job marked "interviewing" without ever being marked
 * "applied" did apply, so it counts for every stage up to its furthest. A history the store
 * never wrote empty counts as saved.
 */
function furthest(job: FunnelJob): number {
  return Math.max(0, ...job.statusHistory.map((change) => stageIndex(change.status)));
}

/**
 * Days the job spent in `stage`: every stay in it that ended with a later change (a job may
 * come back to a stage), added up; null when it never left the stage (still there, or never in it).
 */
function daysIn(job: FunnelJob, stage: FunnelStage): number | null {
  let total: number | null = null;
  job.statusHistory.forEach((change, i) => {
    const next = job.statusHistory[i + 1];
    if (change.status === stage && next) total = (total ?? 0) + Math.max(0, next.at - change.at) / DAY_MS;
  });
  return total;
}

/**
 * The funnel of the jobs saved at or after `since` (epoch ms; null: every job): how many
 * reached each stage, the conversion from the stage before, and the median days spent in each.
 * The period picks jobs by the day they were saved, so a cohort's later progress still counts.
 */
export function jobFunnel(jobs: readonly FunnelJob[], since: number | null): FunnelRow[] {
  const cohort = since === null ? jobs : jobs.filter((job) => job.savedAt >= since);
  const reachedIndex = cohort.map(furthest);
  let previous: number | null = null;
  return FUNNEL_STAGES.map((stage, index) => {
    const reached = reachedIndex.filter((furthestIndex) => furthestIndex >= index).length;
    const days = cohort.map((job) => daysIn(job, stage)).filter((d): d is number => d !== null);
    const row: FunnelRow = {
      stage,
      reached,
      conversion: previous === null || previous === 0 ? null : reached / previous,
      medianDays: median(days),
      timed: days.length,
    };
    previous = reached;
    return row;
  });
}

/** The periods the board offers, in days; null is every job. */
export const FUNNEL_PERIODS = [30, 90, 365, null] as const;
export type FunnelPeriod = (typeof FUNNEL_PERIODS)[number];

export function periodStart(period: FunnelPeriod, now: number): number | null {
  return period === null ? null : now - period * DAY_MS;
}
