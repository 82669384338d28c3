import type { ReplyMap, Request, RequestType } from '../messages';
import { MAX_PAGE_JOB_IDS, MAX_SNAPSHOT_CHARS } from '../message-limits';
import type { Clip, Job, PageKind, SavableClip } from '../types';
import type { PageGuess } from './page-guess';
import { savableOf, showsJobCards } from './page-kinds';
import { BULK_IDLE, reconcile, UNSAVED, type BulkSaveState, type SaveState } from './save-state';

/** How the session asks the background: lib/messaging.ts `callBackground` in the content script, a fake in tests. */
export type Send = <T extends RequestType>(request: Extract<Request, { type: T }>) => Promise<ReplyMap[T]>;

/**
 * A job the page lists: its id and title at once, the job itself when first asked for. A job
 * card (lib/extract/jobs/cards.ts) reads its job only then, so that placing the page's buttons
 * does not read every card whole.
 */
export interface ListedJob {
  readonly jobId: string;
  readonly title: string | null;
  readonly job: Job;
}

/** A job already read, listed. */
export function listedJob(job: Job): ListedJob {
  return { jobId: job.jobId, title: job.title, job };
}

/**
 * What one reading of the page gives the session: the cards that get a button, and the clip
 * when the page was read whole (the cards alone are read without it).
 */
export interface SessionReading {
  clip?: Clip;
  cards: readonly ListedJob[];
}

export interface SessionState {
  /** The page's own item; stays `unsaved` on pages that cannot be saved as a whole. */
  page: SaveState;
  /** One entry per job id of the page's job cards. */
  jobs: Readonly<Record<string, SaveState>>;
  /** The page's clip once the page has been read; null before. */
  clip: Clip | null;
  /** The page's "Save all". */
  bulk: BulkSaveState;
}

export interface PageSession {
  /** The first glance at the page, which stands in for the clip until the page is read. */
  readonly guess: PageGuess;
  getState(): SessionState;
  /** Called after every state change; returns the unsubscribe function. */
  subscribe(listener: () => void): () => void;
  /** Whether the page is one item the widget offers to save, by its clip or, before that, by its guess. */
  savable(): boolean;
  /**
   * Takes in a new reading of the page (a new page state): its clip and its cards' jobs. When
   * that changes what the background must be asked (the kind, new job ids), asks it again; the
   * promise settles with that answer.
   */
  takeReading(reading: SessionReading): Promise<void>;
  /** Tells the background what the page is and takes in what it says is saved. */
  refresh(): Promise<void>;
  /**
   * Saves the page's clip, reading the page first if it has not been read; a no-op while saving
   * or once saved. Never rejects: errors land in state.
   */
  savePage(): Promise<void>;
  /**
   * Saves the page's clip over its saved item even though it is saved: a job posting opened
   * after its job card was saved adds what only the posting shows. The background merges;
   * the user's data is kept.
   */
  updatePage(): Promise<void>;
  /** Saves one job card's job; same rules as `savePage`. */
  saveJob(job: Job): Promise<void>;
  /** The distinct jobs the page lists (its cards, and its clip's jobs once read), at most one request's worth. */
  listedJobs(): ListedJob[];
  /**
   * "Save all": every listed job not saved yet, in one message and one write; a no-op while one
   * runs. Never rejects: the counts, or the error, land in state.bulk.
   */
  saveAllJobs(): Promise<void>;
}

export interface PageSessionOptions {
  guess: PageGuess;
  /** A reading taken already; without it the page is read when first saved (or when the clipper reads it). */
  reading?: SessionReading;
  /** Reads the page now, loading the reader if needed. */
  read?: () => Promise<SessionReading>;
  pageUrl: string;
  /** The page's HTML at save time, kept by the background so the item can be re-extracted later. */
  html: () => string;
  send: Send;
}

function messageOf(error: unknown): string {
  return error instanceof Error && error.message ? error.message : 'Saving failed. Try again.';
}

const UNREAD: SessionState = { page: UNSAVED, jobs: {}, clip: null, bulk: BULK_IDLE };

/** The state after a new reading: the cards' save states carried over by job id, new cards unsaved. */
function withReading(current: SessionState, reading: SessionReading): SessionState {
  const clip = reading.clip ?? current.clip;
  return {
    clip,
    jobs: Object.fromEntries(reading.cards.map(({ jobId }) => [jobId, current.jobs[jobId] ?? UNSAVED])),
    page: !clip || savableOf(clip) ? current.page : UNSAVED,
    bulk: current.bulk,
  };
}

const NOT_SAVABLE = 'Science Clipper can’t save this page: it isn’t an article, a profile or a job posting.';

/**
 * The page's save state and the actions that change it, shared by the widget and every job
 * button. Each state change builds a new state object and swaps it in at once, so subscribers
 * never see half an update.
 */
export function createPageSession({ guess, reading, read, pageUrl, html, send }: PageSessionOptions): PageSession {
  let cards: readonly ListedJob[] = reading?.cards ?? [];
  let state: SessionState = reading ? withReading(UNREAD, reading) : UNREAD;
  const listeners = new Set<() => void>();
  // Bumped by every refresh and every finished save: a page-state reply that started before
  // either is stale and is dropped, so it cannot undo a newer result.
  let generation = 0;
  let pageSave: Promise<void> | null = null;
  const jobSaves = new Map<string, Promise<void>>();
  let bulkSave: Promise<void> | null = null;
  let lastRequest = '';

  function update(next: Partial<SessionState>): void {
    state = { ...state, ...next };
    for (const listener of listeners) listener();
  }

  function setJob(jobId: string, jobState: SaveState): void {
    update({ jobs: { ...state.jobs, [jobId]: jobState } });
  }

  function savable(): boolean {
    return state.clip ? savableOf(state.clip) !== null : guess.kind === 'job' || guess.kind === 'article';
  }

  function listedJobs(): ListedJob[] {
    const clip = state.clip;
    const listJobs = clip && showsJobCards(clip) ? clip.jobs.map(listedJob) : [];
    const byId = new Map<string, ListedJob>();
    for (const listed of [...cards, ...listJobs]) if (!byId.has(listed.jobId)) byId.set(listed.jobId, listed);
    return [...byId.values()].slice(0, MAX_PAGE_JOB_IDS);
  }

  function pageStateRequest() {
    const clip = state.clip;
    const kind: PageKind | null = clip ? clip.kind : guess.kind;
    const jobIds = listedJobs().map((listed) => listed.jobId);
    const jobId = clip ? (clip.kind === 'job' ? clip.jobId : null) : guess.jobId;
    return { type: 'page-state' as const, pageUrl, kind, jobId, jobIds };
  }

  function takeReading(next: SessionReading): Promise<void> {
    cards = next.cards;
    update(withReading(state, next));
    return JSON.stringify(pageStateRequest()) === lastRequest ? Promise.resolve() : refresh();
  }

  async function refresh(): Promise<void> {
    const mine = ++generation;
    const request = pageStateRequest();
    lastRequest = JSON.stringify(request);
    const reply = await send(request);
    if (mine !== generation) return;
    const jobs = Object.fromEntries(
      Object.entries(state.jobs).map(([jobId, jobState]) => [jobId, reconcile(jobState, reply.savedJobs[jobId])]),
    );
    update({ page: savable() ? reconcile(state.page, reply.saved) : state.page, jobs });
  }

  async function clipToSave(): Promise<SavableClip> {
    if (!state.clip) {
      if (!read) throw new Error('This page could not be read. Reload the page and try again.');
      // The save does not wait for the background to hear what the page turned out to be; a
      // failure to tell it only leaves the badge as it was.
      takeReading(await read()).catch(() => undefined);
    }
    const clip = state.clip ? savableOf(state.clip) : null;
    if (!clip) throw new Error(NOT_SAVABLE);
    return clip;
  }

  function savePage(): Promise<void> {
    return state.page.phase === 'saved' ? Promise.resolve() : writePage();
  }

  function writePage(): Promise<void> {
    if (!savable()) return Promise.resolve();
    pageSave ??= (async () => {
      update({ page: { phase: 'saving' } });
      try {
        const clip = await clipToSave();
        const snapshot = html();
        const summary = await send({
          type: 'save-clip',
          clip,
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

  function saveAllJobs(): Promise<void> {
    const jobs = listedJobs().map((listed) => listed.job);
    if (jobs.length === 0) return Promise.resolve();
    bulkSave ??= (async () => {
      update({ bulk: { phase: 'saving' } });
      try {
        const reply = await send({ type: 'save-jobs', jobs, pageUrl });
        generation++;
        const jobStates = Object.fromEntries(
          Object.entries(state.jobs).map(([jobId, jobState]) => [jobId, reconcile(jobState, reply.savedJobs[jobId])]),
        );
        update({ jobs: jobStates, bulk: { phase: 'done', added: reply.added, alreadySaved: reply.alreadySaved } });
      } catch (error) {
        update({ bulk: { phase: 'error', message: messageOf(error) } });
      } finally {
        bulkSave = null;
      }
    })();
    return bulkSave;
  }

  return {
    guess,
    getState: () => state,
    subscribe(listener) {
      listeners.add(listener);
      return () => listeners.delete(listener);
    },
    savable,
    takeReading,
    refresh,
    savePage,
    updatePage: writePage,
    saveJob,
    listedJobs,
    saveAllJobs,
  };
}
