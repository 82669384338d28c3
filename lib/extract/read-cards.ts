// The job cards of a page alone, for their buttons: what the content script's card reader
// (entrypoints/card-reader.ts) carries, without the site readers, Readability or DOMPurify that a
// whole reading needs (lib/extract/registry.ts).
import { findJobCards, type JobCard } from './jobs/cards';

/** Pages with more HTML than this are read by Readability alone: the site readers would freeze the tab. */
export const HUGE_PAGE_CHARS = 1_000_000;

export function isHugePage(doc: Document): boolean {
  return (doc.documentElement?.outerHTML.length ?? 0) > HUGE_PAGE_CHARS;
}

/**
 * The job cards alone, for their buttons, before anyone asks for the page's clip: a fraction of
 * a whole reading, which waits for the user to save. Trusts the caller that the page is one whose
 * cards get buttons (an article, a profile or a job list by its address). None on a huge page.
 */
export function readCards(doc: Document, url: URL): JobCard[] {
  return isHugePage(doc) ? [] : findJobCards(doc, url);
}
