import type { SavedSummary } from '../messages';
import type { Job } from '../types';
import { shortDate, statusLabel } from '../ui/format';
import type { SaveState } from './save-state';

/**
 * What follows "Saved" for a job whose status has moved on ("Applied · 12 Nov"); null for an
 * article or a job that is only saved, where "Saved" says it all.
 */
export function statusDetail(summary: SavedSummary, now: number = Date.now()): string | null {
  if (!summary.status || summary.status === 'saved') return null;
  const label = statusLabel(summary.status);
  return summary.statusAt === null ? label : `${label} · ${shortDate(summary.statusAt, now)}`;
}

/**
 * The line beside "Saved" on a saved page: its status when it moved on, and a job's pay
 * ("Applied · 12 Nov · USD 149k–258k/yr"); null when there is nothing to add.
 */
export function savedDetail(summary: SavedSummary, now: number = Date.now()): string | null {
  return [statusDetail(summary, now), summary.pay].filter(Boolean).join(' · ') || null;
}

/** The widget's main button, by save state. */
export function pageButtonLabel(state: SaveState): string {
  switch (state.phase) {
    case 'unsaved':
      return 'Save to Science Clipper';
    case 'saving':
      return 'Saving…';
    case 'saved':
      return 'Saved';
    case 'error':
      return 'Retry';
  }
}

/**
 * A job card's button: the visible label, and an accessible name that starts with that label and
 * adds the job's title, so that each of many buttons on one page is told apart.
 */
export function jobButtonLabel(state: SaveState, title: string): { label: string; name: string } {
  switch (state.phase) {
    case 'unsaved':
      return { label: 'Save job', name: `Save job: ${title}` };
    case 'saving':
      return { label: 'Saving…', name: `Saving job: ${title}` };
    case 'saved': {
      // A saved job's card is its status chip ("Applied · 12 Nov"), seen on every list without a click.
      const label = statusDetail(state.summary) ?? 'Saved';
      return { label, name: `${label}: ${title}` };
    }
    case 'error':
      return { label: 'Retry', name: `Retry saving job: ${title}` };
  }
}

/** A job card's title as shown to the user; a card without one is named by its id. */
export function jobTitle(job: Pick<Job, 'jobId' | 'title'>): string {
  return job.title ?? `Job ${job.jobId}`;
}

function jobsCount(count: number): string {
  return `${count} ${count === 1 ? 'job' : 'jobs'}`;
}

/** The "Save all" button: how many jobs the page lists. */
export function saveAllLabel(count: number, saving: boolean): string {
  return saving ? `Saving ${jobsCount(count)}…` : `Save all ${jobsCount(count)}`;
}

/** What one "Save all" did: "Added 7 jobs · 3 already saved". */
export function saveAllResult(added: number, alreadySaved: number): string {
  const done = added === 0 ? 'No new jobs added' : `Added ${jobsCount(added)}`;
  return alreadySaved === 0 ? done : `${done} · ${alreadySaved} already saved`;
}
