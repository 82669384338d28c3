// The amazon.science careers list (kind "job-list"): /careers with any query (page, filters).
// Its postings are job cards like those of "Work with us", so the card reader does the work.
import type { Extractor } from '../types';
import { canonicalUrl, isScienceHost } from '../url/canonical';
import { findJobCards } from './job-cards';
import { nonEmpty, textOf } from './text';

const CAREERS_PATH = /^\/careers\/?$/i;

/** The list's heading: the H1, else the page title without the site name. */
export function listTitle(doc: Document, siteName: RegExp): string {
  const h1 = Array.from(doc.querySelectorAll('h1')).map(textOf).find(Boolean);
  if (h1) return h1;
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  return nonEmpty((og ?? doc.title).replace(siteName, '')) ?? '';
}

export const scienceCareers: Extractor = {
  name: 'amazon.science careers',
  detect(_doc, url) {
    return isScienceHost(url) && CAREERS_PATH.test(url.pathname) ? 'job-list' : null;
  },
  extract(doc, url) {
    return {
      kind: 'job-list',
      url: canonicalUrl(url),
      title: listTitle(doc, /\s*[-|]\s*Amazon Science\s*$/i),
      jobs: findJobCards(doc, url).map((card) => card.job),
    };
  },
};
