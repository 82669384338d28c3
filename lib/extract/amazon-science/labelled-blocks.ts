// Blocks the article labels itself: "Research areas", "Tags". The site navigation also has a
// "Research areas" group listing every area; chrome is skipped, so only the article's own block counts.
// A label may be a heading, a <dt>, a <strong>, a paragraph, or the start of a line
// ("Research areas: A, B"); the research area above the H1 is known by where it links.

import { isScienceHost } from '../../url/canonical';
import { cleanText, nonEmpty, textOf } from '../text';
import { isChrome, labelledElements, linkUrl } from './dom';
import type { Kicker } from './headline';
import type { Layout } from './landmarks';

const RESEARCH_AREAS = /^research areas?$/i;
const TAGS = /^(?:tags?|topics)$/i;
const RESEARCH_AREA_PATH = /^\/research-areas\/[^/]+/;
const MAX_ITEMS = 30;
/** A label may sit in a wrapper of its own ("<div><h2>Tags</h2></div><ul>…"); further up is other content. */
const MAX_LABEL_DEPTH = 2;
/** A label is a word or two; an element this short without links, next to items, is the next block's label. */
const MAX_LABEL_TEXT = 40;

/**
 * The element that carries a block's label: not a link, outside the site chrome, and inside the
 * article when the article has such a block (a sidebar elsewhere may use the same label).
 */
function findLabel(doc: Document, layout: Layout, label: RegExp): Element | null {
  const labels = labelledElements(doc.documentElement, label, { inline: true }).filter((el) => !el.closest('a') && !isChrome(el));
  return labels.find((el) => layout.root?.contains(el)) ?? labels[0] ?? null;
}

/** The next block's label ("Tags" after "Research areas" in one list): a heading, or a short linkless sibling shaped like the label. */
function isNextLabel(sibling: Element, label: Element): boolean {
  if (/^H[1-6]$/.test(sibling.tagName)) return true;
  return sibling.tagName === label.tagName && !sibling.querySelector('a') && textOf(sibling).length <= MAX_LABEL_TEXT;
}

/** The items that follow a label: its later siblings' links (or list items), up to the next label. */
function itemsAfter(label: Element): string[] {
  let anchor: Element | null = label;
  for (let depth = 0; anchor && depth <= MAX_LABEL_DEPTH && anchor.tagName !== 'BODY'; depth++, anchor = anchor.parentElement) {
    const items: string[] = [];
    for (let sib = anchor.nextElementSibling; sib && !isNextLabel(sib, anchor); sib = sib.nextElementSibling) {
      const links = [...sib.querySelectorAll('a')];
      const parts = sib.tagName === 'A' ? [sib] : links.length ? links : [...sib.querySelectorAll('li')];
      items.push(...parts.map((el) => textOf(el)).filter(Boolean));
    }
    if (items.length) return [...new Set(items)].slice(0, MAX_ITEMS);
  }
  return [];
}

/** A label written at the start of a line ("Research areas: A, B"): the line's links are the items. */
function itemsInLine(line: Element, label: RegExp): string[] | null {
  if (label.test(cleanText(line.textContent).replace(/\s*:$/, ''))) return null;
  return [...new Set([...line.querySelectorAll('a')].map((a) => textOf(a)).filter(Boolean))].slice(0, MAX_ITEMS);
}

function labelledItems(doc: Document, layout: Layout, label: RegExp): string[] {
  const found = findLabel(doc, layout, label);
  return found ? (itemsInLine(found, label) ?? itemsAfter(found)) : [];
}

function isResearchAreaLink(a: Element, pageUrl: URL): boolean {
  const url = linkUrl(a, pageUrl);
  return !!url && isScienceHost(url) && RESEARCH_AREA_PATH.test(url.pathname);
}

/** A kicker names a research area when it links to one, or reads like one the page links to. */
function isResearchArea(doc: Document, kicker: Kicker, pageUrl: URL): boolean {
  if (kicker.href) return isScienceHost(kicker.href) && RESEARCH_AREA_PATH.test(kicker.href.pathname);
  const wanted = kicker.label.toLowerCase();
  return [...doc.querySelectorAll('a[href]')].some((a) => isResearchAreaLink(a, pageUrl) && nonEmpty(textOf(a))?.toLowerCase() === wanted);
}

/** The research area the lead links to (above or right under the H1), when the kicker is something else. */
function leadArea(layout: Layout, pageUrl: URL): string | null {
  const link = [...layout.beforeHeadline, ...layout.afterHeadline].find(
    (el) => el.tagName === 'A' && !el.closest('figure') && isResearchAreaLink(el, pageUrl),
  );
  return link ? nonEmpty(textOf(link)) : null;
}

export function readResearchAreas(doc: Document, layout: Layout, kicker: Kicker | null, pageUrl: URL): string[] {
  const block = labelledItems(doc, layout, RESEARCH_AREAS);
  const lead = kicker && isResearchArea(doc, kicker, pageUrl) ? kicker.label : leadArea(layout, pageUrl);
  // Case-blind, accent-aware; not localeCompare, whose first call builds a collator (several ms in a fresh page).
  const same = (a: string, b: string) => a.normalize('NFC').toLowerCase() === b.normalize('NFC').toLowerCase();
  return lead && !block.some((item) => same(item, lead)) ? [lead, ...block] : block;
}

export function readSiteTags(doc: Document, layout: Layout): string[] {
  return labelledItems(doc, layout, TAGS);
}
