// The byline under the headline, found the way a reader finds it ("By …" between the H1 and the
// first paragraph of prose), and rewritten in the other forms sites use for the same names.

import { bodyElements, collapsed, make, readableText } from './dom';

const BY = /^by\s+/i;
const AUTHOR_PATH = /^\/authors?\//;
/** A byline is a line, not a paragraph. */
const MAX_BYLINE = 300;
/** A paragraph this long is prose: the byline, if any, is above it. */
const PROSE = 200;
const SEPARATOR = /\s*(?:,\s*(?:and\s+)?|\s+and\s+|\s*&\s*)\s*/i;

export interface BylineName {
  name: string;
  /** The name's link as the page has it (moved, never copied, when the byline is rewritten). */
  link: Element | null;
}

export interface Byline {
  element: Element;
  names: BylineName[];
}

/** A plausible person's name: a few words, no digits, no separators of a date or a credit line. */
function isName(text: string): boolean {
  return text.split(' ').length <= 5 && text.length <= 60 && !/[\d|·•:]/.test(text);
}

/** Elements after the first H1 (outside it) and before the first paragraph of prose. */
function leadElements(doc: Document): Element[] {
  const all = bodyElements(doc);
  const h1 = all.find((el) => el.tagName === 'H1');
  if (!h1) return [];
  const out: Element[] = [];
  for (const el of all.slice(all.indexOf(h1) + 1)) {
    if (h1.contains(el)) continue;
    if (el.tagName === 'P' && collapsed(el.textContent).length >= PROSE) break;
    out.push(el);
  }
  return out;
}

/** The page's byline: the innermost "By …" element of the lead that holds nothing but names. */
export function findByline(doc: Document): Byline | null {
  const candidates = leadElements(doc)
    .filter((el) => !el.closest('figure'))
    .map((el) => ({ el, text: readableText(el) }))
    .filter(({ text }) => BY.test(text) && text.length <= MAX_BYLINE)
    .sort((a, b) => a.text.length - b.text.length);
  const best = candidates[0];
  if (!best) return null;
  const parts = best.text.replace(BY, '').split(SEPARATOR).map(collapsed).filter(Boolean);
  if (!parts.length || !parts.every(isName)) return null;
  const links = [...best.el.querySelectorAll('a')];
  const names = parts.map((name) => ({ name, link: links.find((a) => collapsed(a.textContent) === name) ?? null }));
  // A link that is not one of the names (a share button, a date link) means the line holds more than names.
  if (links.some((a) => !names.some((n) => n.link === a))) return null;
  return { element: best.el, names };
}

/** "A", "A and B", "A, B, and C". */
function sentenceParts(names: (Node | string)[]): (Node | string)[] {
  if (names.length < 3) return names.flatMap((n, i) => (i ? [' and ', n] : [n]));
  return names.flatMap((n, i) => (i === 0 ? [n] : i === names.length - 1 ? [', and ', n] : [', ', n]));
}

function linksToAuthorPage(name: BylineName, doc: Document): boolean {
  if (!name.link) return false;
  try {
    return AUTHOR_PATH.test(new URL(name.link.getAttribute('href') ?? '', doc.baseURI).pathname);
  } catch {
    return false;
  }
}

/**
 * The byline as a list, one name per item. Names that all link to author pages need no "By" (the
 * links say who wrote the piece); otherwise "By" stays before the list, or the names would be
 * just names.
 */
export function bylineAsList(doc: Document): void {
  const byline = findByline(doc);
  if (!byline) return;
  const list = make(doc, 'ul', ...byline.names.map((n) => make(doc, 'li', n.link ?? n.name)));
  const allLinked = byline.names.every((n) => linksToAuthorPage(n, doc));
  byline.element.replaceWith(allLinked ? list : make(doc, 'div', make(doc, 'span', 'By'), ' ', list));
}

/**
 * The byline as one sentence, "By A, B, and C": every name keeps its link, only the first does
 * (linked and unlinked names mixed, as hand-written bylines are), or none does.
 */
export function bylineAsSentence(links: 'all' | 'first' | 'none'): (doc: Document) => void {
  return (doc) => {
    const byline = findByline(doc);
    if (!byline) return;
    const names = byline.names.map((n, i) => (n.link && (links === 'all' || (links === 'first' && i === 0)) ? n.link : n.name));
    byline.element.replaceWith(make(doc, 'p', 'By ', ...sentenceParts(names)));
  };
}
