// The byline under the headline: author names, publication date and reading time.
// Only the lead is read, so author bios, related cards and their /author/ links never count.

import { cleanText, parseDate, textOf } from '../text';
import { blockText, isLeafBlock, linkUrl } from './dom';
import { BYLINE_START, type Layout } from './landmarks';
import { byLetters, lettersFor } from '../letters';
import { fullName } from './person';
import { jsonLdArticle, metaContent } from './metadata';

const AUTHOR_PATH = /^\/authors?\/[^/]+/;
/** "11 min read", "11-minute read", "Reading time: 11 min". */
const READ_TIME = /\b(\d{1,3})[\s-]*min(?:ute)?s?\.?\s+read\b|\breading time:?\s*(\d{1,3})\s*min/i;
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
 * sometimes the date and reading time after them. Looked for under the H1 first, then above it.
 */
function bylineElement(layout: Layout): Element | null {
  const isByline = (el: Element) => BYLINE_START.test(spacedText(el)) && spacedText(el).length <= MAX_BYLINE && !el.closest('figure');
  const below = layout.afterHeadline.find(isByline);
  if (below) return below;
  // Above the H1 a "By …" line beside a picture is its photo credit, not a byline.
  let above = layout.beforeHeadline.find((el) => isByline(el) && !el.parentElement?.querySelector('img, picture'));
  while (above?.parentElement && isByline(above.parentElement) && !above.parentElement.contains(layout.headline))
    above = above.parentElement;
  return above ?? null;
}

/** Text with its blocks kept apart: "<span>By</span><div>Ada</div>" reads "By Ada", not "ByAda". */
function spacedText(el: Element | null): string {
  return el ? cleanText(blockText(el)) : '';
}

/** A name in a byline is a full name; a role or a phrase is not one. */
const BYLINE_NAME = byLetters((l) => new RegExp(String.raw`^${fullName(l)}$`, l.flags));

/**
 * The names of a "By A, B, and C" sentence, linked or not, in order. Names set as blocks of their
 * own ("<span>By</span><ul><li>A</li><li>B</li></ul>") are as far apart as commas make them.
 */
function namesInByline(byline: Element): string[] {
  const listed = blockText(byline).split('\n\n').map(cleanText).join(', ');
  const names = listed.replace(BYLINE_START, '').replace(BYLINE_END, '');
  return unique(
    names
      .split(/\s*,\s*(?:and\s+)?|\s+and\s+|\s*&\s*/)
      .map(cleanText)
      .filter((name) => BYLINE_NAME(lettersFor([name])).test(name)),
  );
}

/**
 * The byline's names, in order. The visible byline is the authority: a "By …" sentence gives every
 * name, linked or not; without one, the lead's links to author pages; without those, the head's
 * JSON-LD (which may list fewer authors than the page shows).
 */
export function readAuthors(doc: Document, layout: Layout, pageUrl: URL): string[] {
  const byline = bylineElement(layout);
  const written = byline ? namesInByline(byline) : [];
  if (written.length) return written;
  const linked = layout.afterHeadline
    .filter((el) => el.tagName === 'A' && !el.closest('figure'))
    .filter((a) => AUTHOR_PATH.test(linkUrl(a, pageUrl)?.pathname ?? ''))
    .map((a) => textOf(a).replace(BYLINE_START, ''));
  if (linked.length) return unique(linked);
  return unique(jsonLdArticle(doc)?.authors ?? []);
}

export function readPublished(doc: Document, layout: Layout): string | null {
  const declared = parseDate(
    metaContent(doc, 'article:published_time', 'og:article:published_time', 'datePublished', 'date', 'publish-date') ??
      jsonLdArticle(doc)?.datePublished,
  );
  if (declared) return declared;
  // Under the H1 first; some templates set the dateline above it, with the kicker.
  for (const el of [...layout.afterHeadline, ...layout.beforeHeadline]) {
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
    if (match) return Number(match[1] ?? match[2]);
  }
  return null;
}
