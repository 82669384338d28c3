import type { Item, JobItem, JobStatus, StatusChange } from '../db/schema';
import { eventsOf } from '../job-events';

// How the user's own data of two copies of one thing becomes one: nothing the user typed or
// chose is ever dropped. Shared by the duplicate merge (two items at different ids) and the
// import (a stored item and its copy from a file, same id). Which clip survives is the caller's
// rule; everything here is about the user's data. Also written down in docs/export-format.md.

/**
 * `base` with the user data of `others` folded in:
 * - tags, source addresses: every one, base's first, in order, once;
 * - savedAt: the earliest (the item has been in the library since then);
 * - jobs: the status history of all, in time order, once each (base's history untouched when the
 *   others add nothing); the current status is the last change a user made (a later automatic
 *   "saved" of a re-posted copy does not undo "applied");
 *   notes: every distinct note, base's first, separated by a blank line; follow-up: the soonest;
 *   events: every one, once by id (base's copy of an id wins), soonest first.
 * `updatedAt` is left as it is: the caller knows whether anything changed.
 */
export function mergeUserData<T extends Item>(base: T, others: readonly Item[]): T {
  const all = [base, ...others];
  const merged = {
    ...base,
    tags: unique(all.flatMap((item) => item.tags)),
    sourceUrls: unique(all.flatMap((item) => item.sourceUrls)),
    savedAt: Math.min(...all.map((item) => item.savedAt)),
  };
  if (merged.kind !== 'job') return merged;
  const otherJobs = others.filter((item): item is JobItem => item.kind === 'job');
  return { ...merged, ...mergeJobData(merged, otherJobs) };
}

function mergeJobData(
  base: JobItem,
  others: readonly JobItem[],
): Pick<JobItem, 'status' | 'statusHistory' | 'notes' | 'followUp' | 'events'> {
  const key = (change: StatusChange) => `${change.status}@${change.at}`;
  const seen = new Set(base.statusHistory.map(key));
  const added: StatusChange[] = [];
  for (const change of others.flatMap((job) => job.statusHistory)) {
    if (seen.has(key(change))) continue;
    seen.add(key(change));
    added.push(change);
  }
  const extraNotes: string[] = [];
  for (const note of others.map((job) => job.notes.trim())) {
    if (note && note !== base.notes.trim() && !extraNotes.includes(note)) extraNotes.push(note);
  }
  const followUps = [base, ...others]
    .map((job) => job.followUp)
    .filter((day): day is string => day !== null)
    .sort();
  return {
    // A copy that adds no status change cannot change the status: merging identical copies is a no-op.
    status: added.length > 0 ? currentStatus([base, ...others]) : base.status,
    statusHistory: added.length > 0 ? [...base.statusHistory, ...added].sort((a, b) => a.at - b.at) : base.statusHistory,
    notes: extraNotes.length > 0 ? [base.notes.trim(), ...extraNotes].filter(Boolean).join('\n\n') : base.notes,
    followUp: followUps[0] ?? null,
    ...mergedEvents(base, others),
  };
}

/** Base's events with those only the others have; nothing (the field stays as it is) when they add none. */
function mergedEvents(base: JobItem, others: readonly JobItem[]): Pick<JobItem, 'events'> {
  const ids = new Set(eventsOf(base).map((event) => event.id));
  const added = others.flatMap(eventsOf).filter((event) => !ids.has(event.id) && ids.add(event.id));
  return added.length > 0 ? { events: eventsOf({ events: [...eventsOf(base), ...added] }) } : {};
}

/**
 * The status the user last chose on any copy. Every job's history opens with the automatic
 * "saved" of its first save, which is not a choice: it only counts when no copy has anything else.
 */
function currentStatus(jobs: readonly JobItem[]): JobStatus {
  let latest: StatusChange | null = null;
  for (const job of jobs) {
    const history = job.statusHistory;
    const chosen = history[0]?.status === 'saved' ? history.slice(1) : history;
    const last = chosen.at(-1);
    if (last && (!latest || last.at >= latest.at)) latest = last;
  }
  if (latest) return latest.status;
  // No copy has a history beyond its first save: keep a status set without history (old data).
  return jobs.find((job) => job.status !== 'saved')?.status ?? 'saved';
}

function unique<T>(values: readonly T[]): T[] {
  return [...new Set(values)];
}
