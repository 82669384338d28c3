import type { send as sendToBackground } from '../messaging';
import { MAX_SNAPSHOT_CHARS } from '../messages';
import type { ArticleClip, Clip, Job, JobListClip, SavableClip } from '../types';
import { reconcile, UNSAVED, type SaveState } from './save-state';

export type Send = typeof sendToBackground;

export interface SessionState {
  /** The page's own item; stays `unsaved` on pages that cannot be saved as a whole. */
  page: SaveState;
  /** One entry per job id of the page's job cards. */
  jobs: Readonly<Record<string, SaveState>>;
}

export interface PageSession {
  readonly clip: Clip;
  /** The page's own clip when the page can be saved as one item (article, profile, job posting). */
  readonly savable: SavableClip | null;
  getState(): SessionState;
  /** Called after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Tells the background what the page is and takes in what it says is saved. */
  refresh(): Promise<void>;
  /** Saves the page's clip; a no-op while saving or once saved. Never rejects: errors land in state. */
  savePage(): Promise<void>;
  /**
   * Saves the page's clip over its saved item even though it is saved: a job posting opened
   * after its job card was saved adds what only the posting shows. The background merges;
   * the user's data is kept.
   */
  updatePage(): Promise<void>;
  /** Saves one job card's job; same rules as `savePage`. */
  saveJob(job: Job): Promise<void>;
}

export interface PageSessionOptions {
  /** What the page was read as, once, at load: a retry saves this very clip again. */
  clip: Clip;
  /** The jobs of the job cards that get their own "Save job" button. */
  cardJobs: readonly Job[];
  pageUrl: string;
  /** The page's HTML at save time, kept by the background so the item can be re-extracted later. */
  html: () => string;
  send: Send;
}

// The contract's cap on page-state job ids (lib/messages.ts).
const MAX_JOB_IDS = 500;

/** Pages whose job cards each get a "Save job" button: articles and profiles ("Work with us"), and job lists. */
export function showsJobCards(clip: Clip): clip is ArticleClip | JobListClip {
  return clip.kind === 'article' || clip.kind === 'profile' || clip.kind === 'job-list';
}

function savableOf(clip: Clip): SavableClip | null {
  return clip.kind === 'article' || clip.kind === 'profile' || clip.kind === 'job' ? clip : null;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Saving failed. Try again.';
}

/**
 * The page's save state and the actions that change it, shared by the widget and every job
 * button. Each state change builds a new state object and swaps it in at once, so subscribers
 * never see half an update.
 */
export function createPageSession({ clip, cardJobs, pageUrl, html, send }: PageSessionOptions): PageSession {
  const savable = savableOf(clip);
  const listJobs = showsJobCards(clip) ? clip.jobs : [];
  const jobIds = [...new Set([...cardJobs, ...listJobs].map((job) => job.jobId))].slice(0, MAX_JOB_IDS);
  let state: SessionState = {
    page: UNSAVED,
    jobs: Object.fromEntries(cardJobs.map((job) => [job.jobId, UNSAVED])),
  };
  const listeners = new Set<() => void>();
  // Bumped by every refresh and every finished save: a page-state reply that started before
  // either is stale and is dropped, so it cannot undo a newer result.
  let generation = 0;
  let pageSave: Promise<void> | null = null;
  const jobSaves = new Map<string, Promise<void>>();

  function update(next: Partial<SessionState>): void {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  }

  function setJob(jobId: string, jobState: SaveState): void {
    update({ jobs: { ...state.jobs, [jobId]: jobState } });
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const reply = await send({
      type: 'page-state',
      pageUrl,
      kind: clip.kind,
      jobId: clip.kind === 'job' ? clip.jobId : null,
      jobIds,
    });
    if (mine !== generation) return;
    const jobs = Object.fromEntries(
      Object.entries(state.jobs).map(([jobId, jobState]) => [jobId, reconcile(jobState, reply.savedJobs[jobId])]),
    );
    update({ page: savable ? reconcile(state.page, reply.saved) : state.page, jobs });
  }

  function savePage(): Promise<void> {
    return state.page.phase === 'saved' ? Promise.resolve() : writePage();
  }

  function writePage(): Promise<void> {
    if (!savable) return Promise.resolve();
    pageSave ??= (async () => {
      update({ page: { phase: 'saving' } });
      try {
        const snapshot = html();
        const summary = await send({
          type: 'save-clip',
          clip: savable,
          pageUrl,
          html: snapshot.length <= MAX_SNAPSHOT_CHARS ? snapshot : undefined,
        });
        generation++;
        update({ page: { phase: 'saved', summary } });
      } catch (error) {
        update({ page: { phase: 'error', message: messageOf(error) } });
      } finally {
        pageSave = null;
      }
    })();
    return pageSave;
  }

  function saveJob(job: Job): Promise<void> {
    const current = state.jobs[job.jobId];
    if (!current || current.phase === 'saved') return Promise.resolve();
    const inFlight = jobSaves.get(job.jobId);
    if (inFlight) return inFlight;
    const saving = (async () => {
      setJob(job.jobId, { phase: 'saving' });
      try {
        const summary = await send({ type: 'save-job', job, pageUrl });
        generation++;
        setJob(job.jobId, { phase: 'saved', summary });
      } catch (error) {
        setJob(job.jobId, { phase: 'error', message: messageOf(error) });
      } finally {
        jobSaves.delete(job.jobId);
      }
    })();
    jobSaves.set(job.jobId, saving);
    return saving;
  }

  return {
    clip,
    savable,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    refresh,
    savePage,
    updatePage: writePage,
    saveJob,
  };
}
