import type { PageStateReply, Request, SavedSummary } from '../../../lib/messages';
import type { Send } from '../../../lib/content/page-session';
import type { ArticleClip, Job } from '../../../lib/types';
import { emptyJob } from '../../../lib/extract/jobs/empty-job';

export const NOT_SAVED: PageStateReply = { saved: null, savedJobs: {} };

export function summary(over: Partial<SavedSummary> = {}): SavedSummary {
  return { itemId: 'url:x', kind: 'article', title: 'x', status: null, statusAt: null, cardOnly: false, ...over };
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
