// Blocks the article labels itself: "Research areas", "Tags". The site navigation also has a
// "Research areas" group listing every area; chrome is skipped, so only the article's own block counts.

import { isScienceHost } from '../../url/canonical';
import { nonEmpty, textOf } from '../text';
import { isChrome, labelledElements, linkUrl } from './dom';
import type { Kicker } from './headline';
import type { Layout } from './landmarks';

const RESEARCH_AREAS = /^research areas?$/i;
const TAGS = /^(?:tags?|topics)$/i;
const RESEARCH_AREA_PATH = /^\/research-areas\/[^/]+/;
const MAX_ITEMS = 30;
/** A label may sit in a wrapper of its own ("<div><h2>Tags</h2></div><ul>…"); further up is other content. */
const MAX_LABEL_DEPTH = 2;

/**
 * The element that carries a block's label: not a link, outside the site chrome, and inside the
 * article when the article has such a block (a sidebar elsewhere may use the same label).
 */
function findLabel(doc: Document, layout: Layout, label: RegExp): Element | null {
  const labels = labelledElements(doc.documentElement, label).filter((el) => !el.closest('a') && !isChrome(el));
  return labels.find((el) => layout.root?.contains(el)) ?? labels[0] ?? null;
}

/** The items that follow a label: its later siblings' links (or list items), up to the next label. */
function itemsAfter(label: Element): string[] {
  let anchor: Element | null = label;
  for (let depth = 0; anchor && depth <= MAX_LABEL_DEPTH && anchor.tagName !== 'BODY'; depth++, anchor = anchor.parentElement) {
    const items: string[] = [];
    for (let sib = anchor.nextElementSibling; sib && !/^H[1-6]$/.test(sib.tagName); sib = sib.nextElementSibling) {
      const links = [...sib.querySelectorAll('a')];
      const parts = sib.tagName === 'A' ? [sib] : links.length ? links : [...sib.querySelectorAll('li')];
      items.push(...parts.map((el) => textOf(el)).filter(Boolean));
    }
    if (items.length) return [...new Set(items)].slice(0, MAX_ITEMS);
  }
  return [];
}

export function readResearchAreas(doc: Document, layout: Layout, kicker: Kicker | null, pageUrl: URL): string[] {
  const label = findLabel(doc, layout, RESEARCH_AREAS);
  const block = label ? itemsAfter(label) : [];
  const lead = kicker && isResearchArea(doc, kicker, pageUrl) ? kicker.label : null;
  const same = (a: string, b: string) => a.localeCompare(b, undefined, { sensitivity: 'accent' }) === 0;
  return lead && !block.some((item) => same(item, lead)) ? [lead, ...block] : block;
}

/** A kicker names a research area when it links to one, or reads like one the page links to. */
function isResearchArea(doc: Document, kicker: Kicker, pageUrl: URL): boolean {
  if (kicker.href) return isScienceHost(kicker.href) && RESEARCH_AREA_PATH.test(kicker.href.pathname);
  const wanted = kicker.label.toLowerCase();
  return [...doc.querySelectorAll('a[href]')].some(
    (a) => RESEARCH_AREA_PATH.test(linkUrl(a, pageUrl)?.pathname ?? '') && nonEmpty(textOf(a))?.toLowerCase() === wanted,
  );
}

export function readSiteTags(doc: Document, layout: Layout): string[] {
  const label = findLabel(doc, layout, TAGS);
  return label ? itemsAfter(label) : [];
}
