// The headline block: the H1, the sub-headline (dek) under it and the kicker above it.

import { cleanText, nonEmpty, parseDate, textOf } from '../text';
import { isBlock, isLeafBlock, linkShare, linkUrl } from './dom';
import { LEAD_LINE, type Layout } from './landmarks';
import { jsonLdArticle, metaContent } from './metadata';

/** The <title> carries the site name after the SEO title: "… - Amazon Science". */
const SITE_SUFFIX = /\s+[-|–—]\s+Amazon Science\s*$/i;
/** Share-menu labels: lines of the lead that are not a dek, like its byline and dateline. */
const SHARE_LINE = /^(?:share|copy link)\b/i;
/** A short line with a date in it is a dateline ("Tuesday 15 October 2019 by …"), not a sub-headline. */
const MAX_DATELINE = 120;
/** A dek is a sentence or two; a shorter line is a label, a longer one a paragraph. */
const DEK_LENGTH = { min: 15, max: 600 };
const KICKER_MAX_LENGTH = 60;
/** The dek is right under the H1: past media, lists or quotes we are in the article proper. */
const LEAD_STOP = new Set(['FIGURE', 'IMG', 'PICTURE', 'VIDEO', 'UL', 'OL', 'TABLE', 'BLOCKQUOTE']);

export function readTitle(doc: Document, layout: Layout): string {
  const h1 = textOf(layout.headline);
  if (h1) return h1;
  const fallback = jsonLdArticle(doc)?.headline ?? metaContent(doc, 'og:title') ?? cleanText(doc.title);
  return cleanText(fallback.replace(SITE_SUFFIX, ''));
}

export function readDek(layout: Layout): string | null {
  for (const el of layout.afterHeadline) {
    if (LEAD_STOP.has(el.tagName)) return null;
    if (!isBlock(el) || !isLeafBlock(el) || el.closest('figure, h1, a, li')) continue;
    const text = textOf(el);
    if (text.length < DEK_LENGTH.min || text.length > DEK_LENGTH.max) continue;
    if (LEAD_LINE.test(text) || SHARE_LINE.test(text) || (text.length <= MAX_DATELINE && parseDate(text)) || linkShare(el) > 0.5) continue;
    return text;
  }
  return null;
}

export interface Kicker {
  label: string;
  /** Where the kicker links to, when it is a link. */
  href: URL | null;
}

/** The short label right above the H1 (the article's section or research area), if any: the nearest line of text. */
export function readKicker(layout: Layout, pageUrl: URL): Kicker | null {
  for (const el of layout.beforeHeadline) {
    if (LEAD_STOP.has(el.tagName) || el.querySelector('img, picture, video')) return null;
    // A kicker may be a bare link or span as well as a block: any element holding one line of text.
    if (!isLeafBlock(el) || el.closest('figure')) continue;
    const label = nonEmpty(textOf(el));
    if (!label || LEAD_LINE.test(label) || (label.length <= MAX_DATELINE && parseDate(label))) continue;
    if (label.length > KICKER_MAX_LENGTH) return null;
    const link = el.tagName === 'A' ? el : (el.querySelector('a[href]') ?? el.closest('a[href]'));
    return { label, href: link ? linkUrl(link, pageUrl) : null };
  }
  return null;
}
