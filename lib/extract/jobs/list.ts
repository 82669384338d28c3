// A page that lists postings (kind "job-list"): its heading and its job cards.
import type { JobListClip } from '../../types';
import { canonicalUrl } from '../../url/canonical';
import { findJobCards } from './cards';
import { nonEmpty, textOf } from '../text';

/** The list's heading: the H1, else the page title without the site's name. */
function listTitle(doc: Document, siteName: RegExp): string {
  const h1 = Array.from(doc.querySelectorAll('h1')).map(textOf).find(Boolean);
  if (h1) return h1;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return nonEmpty((og ?? doc.title).replace(siteName, '')) ?? '';
}

export function jobListClip(doc: Document, url: URL, siteName: RegExp): JobListClip {
  return {
    kind: 'job-list',
    url: canonicalUrl(url),
    title: listTitle(doc, siteName),
    jobs: findJobCards(doc, url).map((card) => card.job),
  };
}
