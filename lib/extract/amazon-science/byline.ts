// The byline under the headline: author names, publication date and reading time.
// Only the lead is read, so author bios, related cards and their /author/ links never count.

import { cleanText, parseDate, textOf } from '../text';
import { blockText, isLeafBlock, linkUrl } from './dom';
import type { Layout } from './landmarks';
import { jsonLdArticle, metaContent } from './metadata';

const AUTHOR_PATH = /^\/authors?\/[^/]+/;
const BY = /^by\s+/i;
const READ_TIME = /\b(\d{1,3})[\s-]*min(?:ute)?s?\.?\s+read\b/i;
/** A date line is short ("September 10, 2026", "Published Sept. 10, 2026"), never a sentence. */
const MAX_META_LINE = 40;
const MAX_BYLINE = 300;
const MONTH = String.raw`(?:Jan(?:uary)?|Feb(?:ruary)?|Mar(?:ch)?|Apr(?:il)?|May|June?|July?|Aug(?:ust)?|Sep(?:t(?:ember)?)?|Oct(?:ober)?|Nov(?:ember)?|Dec(?:ember)?)`;
/** Where a "By …" line stops naming people: a separator, a date, the reading time, the share menu. */
const BYLINE_END = new RegExp(String.raw`\s*(?:[|·•]|\b${MONTH}\.?\s+\d|\d+\s*min(?:ute)?s?\s+read|\bShare\b).*$`, 'i');

function unique(list: string[]): string[] {
  return [...new Set(list.filter(Boolean))];
}

/**
 * The outermost "By …" block of the lead: it holds every name, however each one is wrapped, and
 * sometimes the date and reading time after them.
 */
function bylineElement(layout: Layout): Element | null {
  return layout.afterHeadline.find((el) => BY.test(spacedText(el)) && spacedText(el).length <= MAX_BYLINE && !el.closest('figure')) ?? null;
}

/** Text with its blocks kept apart: "<span>By</span><div>Ada</div>" reads "By Ada", not "ByAda". */
function spacedText(el: Element | null): string {
  return el ? cleanText(blockText(el)) : '';
}

export function readAuthors(doc: Document, layout: Layout, pageUrl: URL): string[] {
  const lead = layout.afterHeadline;
  const linked = lead
    .filter((el) => el.tagName === 'A' && !el.closest('figure'))
    .filter((a) => AUTHOR_PATH.test(linkUrl(a, pageUrl)?.pathname ?? ''))
    .map((a) => textOf(a).replace(BY, ''));
  if (linked.length) return unique(linked);
  const byLine = bylineElement(layout);
  if (byLine) {
    const names = spacedText(byLine).replace(BY, '').replace(BYLINE_END, '');
    return unique(names.split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/).map(cleanText));
  }
  return unique(jsonLdArticle(doc)?.authors ?? []);
}

export function readPublished(doc: Document, layout: Layout): string | null {
  const declared = parseDate(
    metaContent(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'publish-date') ??
      jsonLdArticle(doc)?.datePublished,
  );
  if (declared) return declared;
  for (const el of layout.afterHeadline) {
    const stamp = el.tagName === 'TIME' ? parseDate(el.getAttribute('datetime')) : null;
    if (stamp) return stamp;
    const text = textOf(el);
    if (text.length <= MAX_META_LINE && isLeafBlock(el)) {
      const date = parseDate(text);
      if (date) return date;
    }
  }
  // "By Ada Example | March 3, 2025": the date shares the byline's line.
  return parseDate(spacedText(bylineElement(layout)));
}

export function readReadingMinutes(layout: Layout): number | null {
  for (const el of [...layout.beforeHeadline, ...layout.afterHeadline]) {
    const text = textOf(el);
    if (text.length > MAX_BYLINE || !isLeafBlock(el)) continue;
    const match = READ_TIME.exec(text);
    if (match) return Number(match[1]);
  }
  return null;
}
