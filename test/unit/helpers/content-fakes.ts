import type { Schedule } from '../../../lib/content/idle';
import type { PageGuess } from '../../../lib/content/page-guess';
import type { PageReader } from '../../../lib/content/page-reader';
import { createPageSession, type ListedJob, type Send } from '../../../lib/content/page-session';
import { emptyJob } from '../../../lib/extract/jobs/empty-job';
import { readCards, readPage } from '../../../lib/extract/registry';
import type { PageStateReply, Request, SavedSummary } from '../../../lib/messages';
import type { ArticleClip, Clip, Job } from '../../../lib/types';

export const NOT_SAVED: PageStateReply = { saved: null, savedJobs: {} };

export function summary(over: Partial<SavedSummary> = {}): SavedSummary {
  return { itemId: 'url:x', kind: 'article', title: 'x', status: null, statusAt: null, cardOnly: false, pay: null, ...over };
}

/**
 * A stand-in for the background: records every request and answers with `answer`, whose
 * result (or thrown error) becomes the reply (or BackgroundError) of `send`.
 */
export function fakeSend(answer: (request: Request) => unknown | Promise<unknown>) {
  const requests: Request[] = [];
  const send = (async (request: Request) => {
    requests.push(request);
    return answer(request);
  }) as Send;
  return { send, requests };
}

/** A promise with its resolve/reject exposed, to hold a reply back until the test releases it. */
export function deferred<T>() {
  let resolve!: (value: T) => void;
  let reject!: (error: unknown) => void;
  const promise = new Promise<T>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  return { promise, resolve, reject };
}

/** A job as a card or a posting page would yield it; only id and title matter to the widget. */
export function jobClip(jobId: string, title: string | null = `Job title ${jobId}`): Job {
  return { ...emptyJob(jobId, `https://www.amazon.jobs/en/jobs/${jobId}`), title };
}

export function articleClip(over: Partial<ArticleClip> = {}): ArticleClip {
  return {
    kind: 'profile',
    url: 'https://www.amazon.science/working-at-amazon/someone',
    title: 'Someone proves software correct',
    dek: null,
    authors: [],
    published: null,
    readingMinutes: null,
    researchAreas: [],
    siteTags: [],
    hero: null,
    text: 'Body.',
    html: '<p>Body.</p>',
    pullQuotes: [],
    qa: [],
    person: null,
    jobs: [],
    ...over,
  };
}

/** What the first glance would have said of a page that reads as `clip`. */
export function guessFor(clip: Clip): PageGuess {
  const kind = clip.kind === 'profile' ? 'article' : clip.kind;
  const title = clip.kind === null ? 'Page' : (clip.title ?? 'Page');
  return { kind, jobId: clip.kind === 'job' ? clip.jobId : null, title };
}

/** A session for a page already read as `clip`, with these cards. */
export function readSession(clip: Clip, send: Send, options: { cards?: readonly ListedJob[]; pageUrl?: string; html?: () => string } = {}) {
  const { cards = [], pageUrl = clip.url, html = () => '' } = options;
  return createPageSession({ guess: guessFor(clip), reading: { clip, cards }, pageUrl, html, send });
}

/** The page reader as the content script loads it, without the loading. */
export const readerAtHand = (): Promise<PageReader> => Promise.resolve({ readPage, readCards });

/** Runs each task on the next turn instead of in an idle moment. */
export const nextTurn: Schedule = (task) => {
  const id = setTimeout(task, 0);
  return () => clearTimeout(id);
};

/** Lets pending promise callbacks and zero-delay timers run: what a click or a reply set going. */
export async function turns(count = 3): Promise<void> {
  for (let i = 0; i < count; i++) await new Promise((resolve) => setTimeout(resolve, 0));
}
