// A page that lists postings (kind "job-list"): its heading and its job cards.
import type { JobListClip } from '../../types';
import { canonicalUrl } from '../../url/canonical';
import { findJobCards, type JobCard } from './cards';
import { inChrome } from './chrome';
import { isBefore } from './sections';
import { nonEmpty, textOf } from '../text';

/**
 * The list's heading: the H1, else the first heading outside the page chrome above the first
 * posting, else the page title without the site's name.
 */
function listTitle(doc: Document, siteName: RegExp, firstCard: Element | undefined): string {
  const h1 = Array.from(doc.querySelectorAll('h1')).map(textOf).find(Boolean);
  if (h1) return h1;
  const heading = Array.from(doc.querySelectorAll('h2, h3')).find(
    (h) => textOf(h) && !inChrome(h) && (!firstCard || isBefore(h, firstCard)),
  );
  if (heading) return textOf(heading);
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return nonEmpty((og ?? doc.title).replace(siteName, '')) ?? '';
}

/** The list and its cards (with their elements, for the page's "Save job" buttons) from one reading of the page. */
export function readJobList(doc: Document, url: URL, siteName: RegExp): { clip: JobListClip; cards: JobCard[] } {
  const cards = findJobCards(doc, url);
  const clip: JobListClip = {
    kind: 'job-list',
    url: canonicalUrl(url),
    title: listTitle(doc, siteName, cards[0]?.element),
    jobs: cards.map((card) => card.job),
  };
  return { clip, cards };
}

export function jobListClip(doc: Document, url: URL, siteName: RegExp): JobListClip {
  return readJobList(doc, url, siteName).clip;
}
