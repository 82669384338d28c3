import type { ArticleClip, Clip, Extractor, PageKind } from '../types';
import { canonicalUrl, isScienceHost, jobIdFromUrl } from '../url/canonical';
import { amazonJobsPosting } from './amazon-jobs/posting';
import { emptyJob } from './jobs/empty-job';
import { amazonJobsSearch } from './amazon-jobs/search';
import { scienceCareers } from './amazon-science/careers';
import { scienceArticle } from './amazon-science/article';
import { readabilityArticle } from './readability-body';
import { sanitizeHtml } from './sanitize';
import { isArticlePath } from './amazon-science/page-kind';

/**
 * The order extractors are tried in; the first whose `detect` names a kind reads the page.
 * Most specific first: an amazon.jobs posting, amazon.jobs search results, the amazon.science
 * careers list, then amazon.science editorial pages. A page none of them claims is kind null.
 * Readability is not an extractor of its own: it is the fallback for a claimed page whose layout
 * cannot be read, and for an amazon.science article address whose page no longer looks like an
 * article to us (a redesign) while Readability still finds an article's worth of text in it.
 */
export const EXTRACTORS: readonly Extractor[] = [amazonJobsPosting, amazonJobsSearch, scienceCareers, scienceArticle];

function claim(doc: Document, url: URL): { extractor: Extractor; kind: PageKind } | null {
  for (const extractor of EXTRACTORS) {
    const kind = extractor.detect(doc, url);
    if (kind) return { extractor, kind };
  }
  return null;
}

/**
 * Reads a page into a Clip; its `kind` is the page's classification. Never throws for a page we
 * claim: when the site's structure cannot be read, an amazon.science page is kept as a plain
 * Readability article flagged `fallback`, so the user's click is never lost.
 */
export function extractPage(doc: Document, url: URL): Clip {
  const claimed = claim(doc, url);
  if (!claimed) {
    const unclaimedArticle = isScienceHost(url) && isArticlePath(url) ? readabilityFallback(doc, url, MIN_UNCLAIMED_TEXT) : null;
    return unclaimedArticle ?? nullClip(url);
  }
  let clip: Clip | null = null;
  try {
    clip = claimed.extractor.extract(doc, url);
  } catch {
    clip = null;
  }
  if (clip && clip.kind !== null && !unreadable(clip)) return clip;
  if (isScienceHost(url) && claimed.kind !== 'job-list') return readabilityFallback(doc, url) ?? clip ?? nullClip(url);
  return clip ?? minimalClip(claimed.kind, doc, url);
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
    title: read.title || doc.title,
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
function minimalClip(kind: PageKind, doc: Document, url: URL): Clip {
  const jobId = jobIdFromUrl(url);
  if (kind === 'job' && jobId) return { ...emptyJob(jobId, canonicalUrl(url)), title: doc.title.trim() || null };
  if (kind === 'job-list') return { kind: 'job-list', url: canonicalUrl(url), title: doc.title.trim(), jobs: [] };
  return nullClip(url);
}
