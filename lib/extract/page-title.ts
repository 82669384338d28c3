// The never-empty title: what a page is called when its reader found no title. Used by the
// registry for every clip it returns, and by the content script's first glance at a page, so a
// widget and a saved item never show an empty name. Cheap: a few element look-ups, no reading.
import { cleanText, nonEmpty, textOf } from './text';

/** The site names our pages' titles end with; og:site_name adds the page's own. */
const SITE_NAMES = ['Amazon Science', 'Amazon.jobs', 'Amazon Jobs'];
const SEPARATOR = /\s+[|\-–—·]\s+/;

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** The document title without a trailing " | Amazon Science" (or the page's own site name). */
export function titleWithoutSite(doc: Document): string | null {
  const title = cleanText(doc.title);
  if (!title) return null;
  const siteName = nonEmpty(doc.querySelector('meta[property="og:site_name"]')?.getAttribute('content'));
  const names = siteName ? [siteName, ...SITE_NAMES] : SITE_NAMES;
  for (const name of names) {
    const suffix = new RegExp(`${SEPARATOR.source}${escapeRegExp(name)}$`, 'i');
    if (suffix.test(title)) return nonEmpty(title.replace(suffix, ''));
  }
  return title;
}

/** The address's last meaningful path segment, in words ("why-dont-agents-overfit" → "Why dont agents overfit"). */
export function titleFromAddress(url: URL): string {
  // Ids say nothing to a reader.
  const last = url.pathname
    .split('/')
    .filter((segment) => segment && !/^\d+$/.test(segment))
    .at(-1);
  if (!last) return url.hostname;
  let decoded = last;
  try {
    decoded = decodeURIComponent(last);
  } catch {
    // A malformed %-escape: the segment as it is still names the page.
  }
  const words = cleanText(decoded.replace(/\.[a-z0-9]+$/i, '').replace(/[-_+]+/g, ' '));
  return words ? words.charAt(0).toUpperCase() + words.slice(1) : url.hostname;
}

/**
 * The page's name by the first of: its first H1 with text, og:title, the document title without
 * the site's name, the address's slug. Never empty.
 */
export function pageTitle(doc: Document, url: URL): string {
  const h1 = Array.from(doc.querySelectorAll('h1')).map(textOf).find(Boolean);
  if (h1) return h1;
  const og = nonEmpty(doc.querySelector('meta[property="og:title"]')?.getAttribute('content'));
  return og ?? titleWithoutSite(doc) ?? titleFromAddress(url);
}
