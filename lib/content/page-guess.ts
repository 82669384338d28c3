// The content script's first glance at a page, before anything heavy is loaded: from the address
// and one landmark (an article's headline; a posting's id line, qualifications heading or JSON-LD,
// lib/extract/jobs/posting-landmarks.ts), whether the page may be savable and which item it would
// be. The reading (lib/extract/registry.ts, loaded on demand) has the last word.
import { isArticlePath } from '../extract/amazon-science/article-paths';
import { looksLikePosting } from '../extract/jobs/posting-landmarks';
import { pageTitle } from '../extract/page-title';
import { isJobsHost, isScienceHost, jobIdFromUrl } from '../url/canonical';

/**
 * What a page may be. `article` stands for an article or a profile: telling them apart takes
 * reading the body, and both are saved by their address, so the first glance needs no more.
 */
export type GuessedKind = 'job' | 'job-list' | 'article';

export interface PageGuess {
  /** Null: nothing on this page can be saved, and nothing needs reading. */
  kind: GuessedKind | null;
  /** The posting's id on an amazon.jobs posting address. */
  jobId: string | null;
  /** What the widget calls the page until it is read: never empty on a page it may save; '' on others. */
  title: string;
}

// The address rules of the amazon.jobs search and amazon.science careers readers
// (lib/extract/amazon-jobs/search.ts, lib/extract/amazon-science/careers.ts), which keep them
// private: their modules bring the card reader with them. test/unit/content/page-guess.test.ts
// checks that both agree.
const SEARCH_PATH = /^\/(?:[a-z]{2}(?:[-_][a-z]{2,4})?\/)?search\/?$/i;
const CAREERS_PATH = /^\/careers\/?$/i;
/** The landmark of an article page: its headline, or head metadata declaring an article. */
const ARTICLE_LANDMARK = 'h1, meta[property="og:type"][content="article" i]';

function guessKind(doc: Document, url: URL): { kind: GuessedKind | null; jobId: string | null } {
  if (isJobsHost(url)) {
    const jobId = jobIdFromUrl(url);
    // A posting's address shows a notice once the posting is closed: its landmarks tell.
    if (jobId) return looksLikePosting(doc, jobId) ? { kind: 'job', jobId } : { kind: null, jobId: null };
    return { kind: SEARCH_PATH.test(url.pathname) ? 'job-list' : null, jobId: null };
  }
  if (!isScienceHost(url)) return { kind: null, jobId: null };
  if (CAREERS_PATH.test(url.pathname)) return { kind: 'job-list', jobId: null };
  return { kind: isArticlePath(url) && doc.querySelector(ARTICLE_LANDMARK) ? 'article' : null, jobId: null };
}

export function guessPage(doc: Document, url: URL): PageGuess {
  const { kind, jobId } = guessKind(doc, url);
  return { kind, jobId, title: kind === null ? '' : pageTitle(doc, url) };
}
