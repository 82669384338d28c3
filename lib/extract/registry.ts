// The content script's rule for which pages' cards get buttons: the reading finds exactly those.
import { showsJobCards } from '../content/page-kinds';
import type { ArticleClip, Clip, Extractor, PageKind } from '../types';
import { canonicalUrl, isScienceHost, jobIdFromUrl } from '../url/canonical';
import { amazonJobsPosting } from './amazon-jobs/posting';
import { emptyJob } from './jobs/empty-job';
import { amazonJobsSearch } from './amazon-jobs/search';
import { findJobCards, type JobCard } from './jobs/cards';
import { isHugePage } from './read-cards';
import { scienceCareers } from './amazon-science/careers';
import { scienceArticle } from './amazon-science/article';
import { pageTitle } from './page-title';
import { readabilityArticle } from './readability-body';
import { sanitizeHtml } from './sanitize';
import { isArticlePath } from './amazon-science/article-paths';

// The card reading alone lives in ./read-cards.ts, so that the content script's card reader can
// carry it without the site readers; it is part of the registry's API all the same.
export { HUGE_PAGE_CHARS, isHugePage, readCards } from './read-cards';

/**
 * The order extractors are tried in; the first whose `detect` names a kind reads the page.
 * Most specific first: an amazon.jobs posting, amazon.jobs search results, the amazon.science
 * careers list, then amazon.science editorial pages. A page none of them claims is kind null.
 * Readability is not an extractor of its own: it is the fallback for a claimed page whose layout
 * cannot be read, and for an amazon.science article address whose page no longer looks like an
 * article to us (a redesign) while Readability still finds an article's worth of text in it.
 */
export const EXTRACTORS: readonly Extractor[] = [amazonJobsPosting, amazonJobsSearch, scienceCareers, scienceArticle];

/** An extractor that finds the page's job cards as it reads, and returns them with its clip. */
interface CardReader extends Extractor {
  extractWithCards(doc: Document, url: URL): PageReading;
}

function readsCards(extractor: Extractor): extractor is CardReader {
  return 'extractWithCards' in extractor;
}

function claim(doc: Document, url: URL): { extractor: Extractor; kind: PageKind } | null {
  for (const extractor of EXTRACTORS) {
    const kind = extractor.detect(doc, url);
    if (kind) return { extractor, kind };
  }
  return null;
}

/**
 * The time the content script gives the site readers (entrypoints/page-reader.ts): a page whose
 * classification alone took longer is read by Readability (or, on amazon.jobs, from its
 * address), and one whose reading took longer gets no job buttons, rather than the tab freezing
 * for a second pass. Generous, because a loaded machine is several times slower than an idle
 * one; the huge-page limit above catches most such pages before a reader even starts.
 */
export const READ_BUDGET_MS = 1_000;

export interface ReadOptions {
  /** The time budget (see READ_BUDGET_MS); none unless given, as in Node, where nobody waits on a tab. */
  budgetMs?: number;
  /** The clock the budget is measured with: `performance.now` unless a test brings its own. */
  now?: () => number;
}

/** One reading of a page: its clip, and the job cards that get a "Save job" button, with their elements. */
export interface PageReading {
  clip: Clip;
  cards: JobCard[];
}

/**
 * Reads a page into a Clip; its `kind` is the page's classification. Never throws for a page we
 * claim: when the site's structure cannot be read, an amazon.science page is kept as a plain
 * Readability article flagged `fallback`, so the user's click is never lost. A clip's title is
 * never empty (lib/extract/page-title.ts).
 */
export function extractPage(doc: Document, url: URL, options: ReadOptions = {}): Clip {
  return withTitle(readClip(doc, url, deadlineOf(options), isHugePage(doc)).clip, doc, url);
}

/**
 * The content script's one reading of a page state: the clip and the job cards from the same
 * pass, so the page is not read again to place the buttons.
 */
export function readPage(doc: Document, url: URL, options: ReadOptions = {}): PageReading {
  const deadline = deadlineOf(options);
  const huge = isHugePage(doc);
  const read = readClip(doc, url, deadline, huge);
  const clip = withTitle(read.clip, doc, url);
  if (!showsJobCards(clip)) return { clip, cards: [] };
  // A reader that returns its cards found them in the same pass; for the others they are found here.
  const cards = read.cards ?? (!huge && !deadline.passed() ? findJobCards(doc, url) : []);
  return { clip, cards };
}

interface Deadline {
  passed(): boolean;
}

function deadlineOf({ budgetMs = Infinity, now = () => performance.now() }: ReadOptions): Deadline {
  const end = now() + budgetMs;
  return { passed: () => now() > end };
}

/** A clip, and the job cards its extractor found on the same pass (null when it did not look for them). */
interface ClipRead {
  clip: Clip;
  cards: JobCard[] | null;
}

function readClip(doc: Document, url: URL, deadline: Deadline, huge: boolean): ClipRead {
  const alone = (clip: Clip): ClipRead => ({ clip, cards: null });
  if (huge) return alone(addressClip(doc, url));
  const claimed = claim(doc, url);
  if (!claimed) {
    const unclaimedArticle = isScienceHost(url) && isArticlePath(url) ? readabilityFallback(doc, url, MIN_UNCLAIMED_TEXT) : null;
    return alone(unclaimedArticle ?? nullClip(url));
  }
  let read: ClipRead | null = null;
  if (!deadline.passed()) {
    const { extractor } = claimed;
    try {
      read = readsCards(extractor) ? extractor.extractWithCards(doc, url) : alone(extractor.extract(doc, url));
    } catch {
      read = null;
    }
  }
  const clip = read?.clip ?? null;
  if (read && clip && clip.kind !== null && !unreadable(clip)) return read;
  if (isScienceHost(url) && claimed.kind !== 'job-list') return alone(readabilityFallback(doc, url) ?? clip ?? nullClip(url));
  return alone(clip ?? minimalClip(claimed.kind, url));
}

/** A huge page is read from its address: a posting keeps its id, an article address gets Readability. */
function addressClip(doc: Document, url: URL): Clip {
  if (jobIdFromUrl(url)) return minimalClip('job', url);
  const article = isScienceHost(url) && isArticlePath(url) ? readabilityFallback(doc, url, MIN_UNCLAIMED_TEXT) : null;
  return article ?? nullClip(url);
}

/** The never-empty title rule, for every clip that has a title. */
function withTitle(clip: Clip, doc: Document, url: URL): Clip {
  if (clip.kind === null || clip.title?.trim()) return clip;
  return { ...clip, title: pageTitle(doc, url) };
}

/** An article whose extractor found neither a title nor a body did not read the page. */
function unreadable(clip: Clip): boolean {
  return (clip.kind === 'article' || clip.kind === 'profile') && (!clip.title || !clip.text);
}

function nullClip(url: URL): Clip {
  return { kind: null, url: canonicalUrl(url) };
}

/** An unclaimed page must hold at least this much article text to be kept as an article. */
const MIN_UNCLAIMED_TEXT = 500;

function readabilityFallback(doc: Document, url: URL, minText = 1): ArticleClip | null {
  const read = readabilityArticle(doc);
  // A document from DOMParser (re-extract in an extension page) has no window of its own.
  const win = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (!read || !win || read.text.length < minText) return null;
  return {
    kind: 'article',
    url: canonicalUrl(url),
    title: read.title,
    dek: read.excerpt,
    authors: read.byline ? [read.byline] : [],
    published: null,
    readingMinutes: null,
    researchAreas: [],
    siteTags: [],
    hero: null,
    text: read.text,
    html: sanitizeHtml(read.html, win),
    pullQuotes: [],
    qa: [],
    person: null,
    jobs: [],
    fallback: true,
  };
}

/** A claimed page whose extractor failed outright still yields what its address says. */
function minimalClip(kind: PageKind, url: URL): Clip {
  const jobId = jobIdFromUrl(url);
  if (kind === 'job' && jobId) return { ...emptyJob(jobId, canonicalUrl(url)), title: null };
  if (kind === 'job-list') return { kind: 'job-list', url: canonicalUrl(url), title: '', jobs: [] };
  return nullClip(url);
}
