// Where the parts of an article page are: the headline, the body, and the lead around the headline.
// Found from structure (an H1, a run of paragraphs, positions relative to the H1), not from one
// site's class names. This is the light part of the reading: it walks the page but copies nothing.

import { postingLink } from '../jobs/cards';
import { parseDate, textOf } from '../text';
import { isChrome, isMenu, NAV_TAGS, precedes, within, withinSideBlock } from './dom';

export interface Layout {
  /** The article's H1. */
  headline: Element | null;
  /** The element whose paragraphs are the article body. */
  body: Element | null;
  /** The smallest element holding both: the article, with its lead and its end matter. */
  root: Element | null;
  /** Where the body's reading starts: the body, or its first paragraph after the H1 when the body holds the H1. */
  bodyStart: Element | null;
  /**
   * The lead above the headline (kicker, hero, dateline), nearest first; site chrome left out. It
   * reaches past the article root when the page sets its lead figure in a band of its own above it.
   */
  beforeHeadline: Element[];
  /** The lead between the headline and the body (dek, byline, date, share menu); site chrome left out. */
  afterHeadline: Element[];
  /** The body's paragraphs in the page (not copies): what a light reading of the article reads. */
  paragraphs: Element[];
}

/** Less paragraph text than this is a blurb or a listing, not an article body. */
const MIN_BODY_TEXT = 200;

/** The article's H1: one in the main content first, then any outside the chrome, then one in a page banner. */
export function findHeadline(doc: Document): Element | null {
  const candidates = [...doc.querySelectorAll('h1')].filter((h1) => textOf(h1) && !within(h1, NAV_TAGS));
  const content = candidates.filter((h1) => !isChrome(h1));
  return content.find((h1) => h1.closest('main, article, [role="main"]')) ?? content[0] ?? candidates[0] ?? null;
}

const NOT_BODY_TEXT = new Set(['FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'A', 'TABLE']);
/** Paragraphs in list items are cards more often than prose: they never choose the body, but a Q&A list inside it is read. */
const LIST_ITEM = new Set(['LI']);
/** How far above a posting link its card may reach: the description sits a level or two beside it. */
const MAX_CARD_DEPTH = 4;
/** A job card has a description of a paragraph or a few; a body container has many. */
const MAX_CARD_PARAGRAPHS = 3;

/**
 * The job cards' elements ("Work with us"), read from the posting links alone so the body is found
 * without running the job-card reader: around each link to an amazon.jobs posting, the largest
 * element a few levels up that holds only a few paragraphs and not the headline. A link inside a
 * sentence of prose is a mention, not a card.
 */
function jobCardElements(doc: Document, headline: Element | null, pageUrl: URL): Set<Element> {
  const cards = new Set<Element>();
  const links = [...doc.querySelectorAll('a[href]')].filter((a) => postingLink(a, pageUrl));
  if (!links.length) return cards;
  // Paragraphs per element, counted once from the paragraphs up instead of once per link and level.
  const paragraphsIn = new Map<Element, number>();
  for (const p of doc.querySelectorAll('p')) {
    for (let node = p.parentElement; node; node = node.parentElement) paragraphsIn.set(node, (paragraphsIn.get(node) ?? 0) + 1);
  }
  for (const a of links) {
    const sentence = a.closest('p');
    if (sentence && textOf(sentence).length > textOf(a).length) continue;
    let card: Element | null = null;
    let node = a.parentElement;
    for (let depth = 0; node && depth < MAX_CARD_DEPTH; depth++, node = node.parentElement) {
      if ((headline && node.contains(headline)) || (paragraphsIn.get(node) ?? 0) > MAX_CARD_PARAGRAPHS) break;
      card = node;
    }
    if (card) cards.add(card);
  }
  return cards;
}

function inAny(el: Element, set: Set<Element>): boolean {
  if (set.size === 0) return false;
  for (let node: Element | null = el; node; node = node.parentElement) if (set.has(node)) return true;
  return false;
}

/** Paragraphs that can belong to an article body: not chrome, captions, quotes, side notes, links or job cards. */
function bodyParagraphs(doc: Document, headline: Element | null, pageUrl: URL): Element[] {
  const cards = jobCardElements(doc, headline, pageUrl);
  return [...doc.querySelectorAll('p')].filter(
    (p) =>
      textOf(p) &&
      !isChrome(p) &&
      !within(p, NOT_BODY_TEXT) &&
      !withinSideBlock(p) &&
      (!headline || precedes(headline, p)) &&
      !inAny(p, cards),
  );
}

/** A paragraph this long is prose; shorter ones may be card deks, labels or bylines. */
const MIN_PROSE_PARAGRAPH = 80;

/**
 * The body is the element that holds the most paragraph text: each paragraph counts fully for
 * its parent and half for its grandparent, so one wrapper per paragraph still finds the body.
 * A body split over sibling containers (an introduction, then a Q&A list, then more text) is
 * grown to their common parent while that parent adds prose and stays below the headline.
 */
function findBody(paragraphs: Element[], headline: Element | null): Element | null {
  const score = new Map<Element, number>();
  for (const p of paragraphs.filter((el) => !within(el, LIST_ITEM))) {
    const length = textOf(p).length;
    const parent = p.parentElement;
    if (!parent) continue;
    score.set(parent, (score.get(parent) ?? 0) + length);
    const grandparent = parent.parentElement;
    if (grandparent) score.set(grandparent, (score.get(grandparent) ?? 0) + length / 2);
  }
  let best: Element | null = null;
  let bestScore = MIN_BODY_TEXT;
  for (const [el, s] of score) {
    if (s >= bestScore) [best, bestScore] = [el, s];
  }
  for (let parent = best?.parentElement; best && parent && !(headline && parent.contains(headline)); parent = parent.parentElement) {
    const inside = best;
    const added = paragraphs
      .filter((p) => parent.contains(p) && !inside.contains(p))
      .reduce((n, p) => n + (textOf(p).length >= MIN_PROSE_PARAGRAPH ? textOf(p).length : 0), 0);
    if (added < MIN_BODY_TEXT) break;
    best = parent;
  }
  return best;
}

function commonAncestor(a: Element, b: Element): Element {
  let el: Element | null = a;
  while (el && !el.contains(b)) el = el.parentElement;
  return el ?? b.ownerDocument.documentElement;
}

/** Short enough to be a sub-headline when it sits right under the H1. */
const MAX_DEK_TEXT = 300;
/** The start of a byline: "By Ada Example", "Written by Ada Example". */
export const BYLINE_START = /^(?:written\s+)?by\b\s*:?\s*/i;
/** Byline, dateline and reading-time lines of the lead; never the start of a body. */
export const LEAD_LINE = new RegExp(
  String.raw`${BYLINE_START.source}|^(?:posted|published|updated)\b|\b\d+\s*min(?:ute)?s?\.?\s+read\b`,
  'i',
);
const MAX_LEAD_LINE = 120;

/** A byline, dateline or reading-time line. */
function isMetaLine(p: Element | undefined): boolean {
  const text = textOf(p);
  return !!text && text.length <= MAX_LEAD_LINE && (LEAD_LINE.test(text) || !!parseDate(text));
}

/**
 * A line between the H1 and the body proper. The paragraph right under the H1 is its dek only
 * when it is set apart from the paragraphs after it: another class, or a byline or dateline
 * right after it. In plain markup without either it is the body's first paragraph.
 */
function isLeadLine(p: Element, next: Element | undefined, headline: Element): boolean {
  if (p === headline.nextElementSibling) {
    const setApart = (p.getAttribute('class') ?? '') !== (next?.getAttribute('class') ?? '') || isMetaLine(next);
    return textOf(p).length <= MAX_DEK_TEXT && setApart;
  }
  return isMetaLine(p);
}

/** When the H1 sits inside the body's element, reading starts at its first paragraph that is not part of the lead. */
function firstBodyParagraph(body: Element, headline: Element, paragraphs: Element[]): Element | undefined {
  const inBody = paragraphs.filter((p) => body.contains(p));
  return inBody.find((p, i) => !isLeadLine(p, inBody[i + 1], headline));
}

/** A band above the article holding this much text is content of its own, not the article's lead. */
const MAX_LEAD_BAND_TEXT = 800;
/** Enough elements for any lead band; a page that goes on longer is past its lead. */
const MAX_LEAD_BAND_ELEMENTS = 200;

/**
 * Elements in front of the article root, nearest first: the bands before it (and before each of its
 * ancestors) until the site chrome (a menu counts, however it is tagged) or a band with content of its own. That is where a template
 * puts a full-width lead figure above the article that holds the H1.
 */
function bandsBefore(root: Element, headline: Element): Element[] {
  const found: Element[] = [];
  for (let node: Element | null = root; node && node.tagName !== 'BODY'; node = node.parentElement) {
    for (let band = node.previousElementSibling; band; band = band.previousElementSibling) {
      if (isChrome(band, headline) || isMenu(band) || textOf(band).length > MAX_LEAD_BAND_TEXT) return found;
      found.push(...[...band.querySelectorAll('*')].filter((el) => !isChrome(el, headline)).reverse(), band);
      if (found.length > MAX_LEAD_BAND_ELEMENTS) return found;
    }
  }
  return found;
}

/** The lead around the headline, in one pass over the article root up to where the body starts. */
function leadAround(
  root: Element | null,
  headline: Element | null,
  bodyStart: Element | null,
): Pick<Layout, 'beforeHeadline' | 'afterHeadline'> {
  if (!root || !headline) return { beforeHeadline: [], afterHeadline: [] };
  const before: Element[] = [];
  const after: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 1 /* NodeFilter.SHOW_ELEMENT */);
  for (let node = walker.nextNode() as Element | null; node && node !== bodyStart; node = walker.nextNode() as Element | null) {
    if (node === headline || node.contains(headline) || headline.contains(node) || (bodyStart && node.contains(bodyStart))) continue;
    if (isChrome(node, headline)) continue;
    (precedes(node, headline) ? before : after).push(node);
  }
  return { beforeHeadline: [...before.reverse(), ...bandsBefore(root, headline)], afterHeadline: after };
}

/** The page's layout. `pageUrl` resolves job links, whose cards' text is never the body. */
export function findLayout(doc: Document, pageUrl: URL): Layout {
  const headline = findHeadline(doc);
  const candidates = bodyParagraphs(doc, headline, pageUrl);
  const body = findBody(candidates, headline);
  if (!body) {
    const root = headline?.parentElement ?? null;
    return { headline, body: null, root, bodyStart: null, paragraphs: [], ...leadAround(root, headline, null) };
  }
  const paragraphs = candidates.filter((p) => body.contains(p));
  const root = headline ? commonAncestor(headline, body) : body;
  const bodyStart = headline && body.contains(headline) ? (firstBodyParagraph(body, headline, paragraphs) ?? body) : body;
  const read = bodyStart === body ? paragraphs : paragraphs.filter((p) => p === bodyStart || precedes(bodyStart, p));
  return { headline, body, root, bodyStart, paragraphs: read, ...leadAround(root, headline, bodyStart) };
}
