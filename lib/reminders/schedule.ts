import type { JobStatus } from '../job-status';
import { isClosedStatus } from '../ui/jobs';
import type { ReminderSettings } from './settings';
import { zonedInstant } from './zoned-time';

// When follow-up reminders come: pure, so that the background only carries the plan out
// (notifications, one alarm) and every rule here is tested on its own.

export interface FollowUpJob {
  id: string;
  title: string;
  status: JobStatus;
  /** `YYYY-MM-DD` or null */
  followUp: string | null;
}

/** Item id → the follow-up day it has been reminded of: each follow-up day is reminded of once. */
export type NotifiedFollowUps = Record<string, string>;

export interface ReminderPlan {
  /** Jobs to remind of now, soonest follow-up first. */
  due: FollowUpJob[];
  /** When the next reminder comes (epoch ms), for the alarm; null when none is waiting. */
  nextAt: number | null;
  /** What to remember as notified once `due` has been shown. */
  notified: NotifiedFollowUps;
}

/** The instant a follow-up day's reminder comes: the chosen time of day on that day, in `timeZone`. */
export function reminderTime(followUp: string, settings: ReminderSettings, timeZone: string): number {
  return zonedInstant(followUp, settings.time, timeZone);
}

/**
 * What is due at `now` and when to look again. A reminder whose time passed while the browser was
 * closed is due at the next check (at start-up), once: `notified` remembers it. Nothing is due
 * while reminders are off, nor what came due before they were switched on. A closed application
 * (rejected, withdrawn) is never reminded of, and a job whose follow-up day changed is reminded
 * of again on the new day.
 */
export function planReminders(
  jobs: readonly FollowUpJob[],
  settings: ReminderSettings,
  notified: NotifiedFollowUps,
  now: number,
  timeZone: string,
): ReminderPlan {
  // Only entries still true of a job are kept: a follow-up moved to another day is reminded again.
  const kept: NotifiedFollowUps = {};
  for (const job of jobs) {
    if (job.followUp !== null && notified[job.id] === job.followUp) kept[job.id] = job.followUp;
  }
  if (!settings.enabled) return { due: [], nextAt: null, notified: kept };
  const due: Array<{ job: FollowUpJob; at: number }> = [];
  let nextAt: number | null = null;
  for (const job of jobs) {
    if (job.followUp === null || isClosedStatus(job.status) || kept[job.id] === job.followUp) continue;
    const at = reminderTime(job.followUp, settings, timeZone);
    if (at > now) nextAt = nextAt === null ? at : Math.min(nextAt, at);
    else if (settings.enabledAt === null || at >= settings.enabledAt) due.push({ job, at });
  }
  due.sort((a, b) => a.at - b.at || a.job.id.localeCompare(b.job.id));
  for (const { job } of due) kept[job.id] = job.followUp!;
  return { due: due.map(({ job }) => job), nextAt, notified: kept };
}
