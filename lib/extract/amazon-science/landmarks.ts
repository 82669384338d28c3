// Where the parts of an article page are: the headline, the body, and the lead between them.
// Found from structure (an H1, a run of paragraphs), not from one site's class names.

import { parseDate, textOf } from '../text';
import { isChrome, NAV_TAGS, precedes, within } from './dom';

export interface Layout {
  /** The article's H1. */
  headline: Element | null;
  /** The element whose paragraphs are the article body. */
  body: Element | null;
  /** The smallest element holding both: the article, with its lead and its end matter. */
  root: Element | null;
  /** Where the body's reading starts: the body, or its first paragraph after the H1 when the body holds the H1. */
  bodyStart: Element | null;
  /** The lead above the headline (kicker, hero), nearest first; site chrome left out. */
  beforeHeadline: Element[];
  /** The lead between the headline and the body (dek, byline, date, share menu); site chrome left out. */
  afterHeadline: Element[];
}

/** Less paragraph text than this is a blurb or a listing, not an article body. */
const MIN_BODY_TEXT = 200;

/** The article's H1: one in the main content first, then any outside the chrome, then one in a page banner. */
function findHeadline(doc: Document): Element | null {
  const candidates = [...doc.querySelectorAll('h1')].filter((h1) => textOf(h1) && !within(h1, NAV_TAGS));
  const content = candidates.filter((h1) => !isChrome(h1));
  return content.find((h1) => h1.closest('main, article, [role="main"]')) ?? content[0] ?? candidates[0] ?? null;
}

const NOT_BODY_TEXT = new Set(['FIGURE', 'FIGCAPTION', 'BLOCKQUOTE', 'ASIDE', 'LI', 'A', 'TABLE']);

/** Paragraphs that can belong to an article body: not chrome, captions, quotes, asides, lists or job cards. */
function bodyParagraphs(doc: Document, headline: Element | null, jobCards: Element[]): Element[] {
  return [...doc.querySelectorAll('p')].filter(
    (p) =>
      textOf(p) &&
      !isChrome(p) &&
      !within(p, NOT_BODY_TEXT) &&
      !jobCards.some((card) => card.contains(p)) &&
      (!headline || precedes(headline, p)),
  );
}

/**
 * The body is the element that holds the most paragraph text: each paragraph counts fully for
 * its parent and half for its grandparent, so one wrapper per paragraph still finds the body.
 */
function findBody(paragraphs: Element[]): Element | null {
  const score = new Map<Element, number>();
  for (const p of paragraphs) {
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
  return best;
}

function commonAncestor(a: Element, b: Element): Element {
  let el: Element | null = a;
  while (el && !el.contains(b)) el = el.parentElement;
  return el ?? b.ownerDocument.documentElement;
}

/** Short enough to be a sub-headline when it sits right under the H1. */
const MAX_DEK_TEXT = 300;
/** Byline, dateline and reading-time lines of the lead; never the start of a body. */
export const LEAD_LINE = /^(?:by|written by|posted|published|updated)\b|\b\d+\s*min(?:ute)?s?\.?\s+read\b/i;
const MAX_LEAD_LINE = 120;

/**
 * A line between the H1 and the body proper. The paragraph right under the H1 is its dek only
 * when it is set apart from the paragraphs after it (another class): in plain markup it is the
 * body's first paragraph.
 */
function isLeadLine(p: Element, next: Element | undefined, headline: Element): boolean {
  const text = textOf(p);
  if (p === headline.nextElementSibling) {
    return text.length <= MAX_DEK_TEXT && (p.getAttribute('class') ?? '') !== (next?.getAttribute('class') ?? '');
  }
  return text.length <= MAX_LEAD_LINE && (LEAD_LINE.test(text) || !!parseDate(text));
}

/** When the H1 sits inside the body's element, reading starts at its first paragraph that is not part of the lead. */
function firstBodyParagraph(body: Element, headline: Element, paragraphs: Element[]): Element | undefined {
  const inBody = paragraphs.filter((p) => body.contains(p));
  return inBody.find((p, i) => !isLeadLine(p, inBody[i + 1], headline));
}

/** The lead around the headline, in one pass over the article root. */
function leadAround(root: Element | null, headline: Element | null, bodyStart: Element | null): Pick<Layout, 'beforeHeadline' | 'afterHeadline'> {
  if (!root || !headline) return { beforeHeadline: [], afterHeadline: [] };
  const all = [...root.querySelectorAll('*')];
  const at = all.indexOf(headline);
  const end = bodyStart ? all.indexOf(bodyStart) : -1;
  const before = all.slice(0, Math.max(at, 0)).filter((el) => !el.contains(headline) && !isChrome(el, headline));
  const after = all
    .slice(at + 1, end > at ? end : all.length)
    .filter((el) => !headline.contains(el) && !(bodyStart && el.contains(bodyStart)) && !isChrome(el, headline));
  return { beforeHeadline: before.reverse(), afterHeadline: after };
}

/** The page's layout; `jobCards` are the elements of its job cards, whose text is never the body. */
export function findLayout(doc: Document, jobCards: Element[]): Layout {
  const headline = findHeadline(doc);
  const paragraphs = bodyParagraphs(doc, headline, jobCards);
  const body = findBody(paragraphs);
  if (!body) {
    const root = headline?.parentElement ?? null;
    return { headline, body: null, root, bodyStart: null, ...leadAround(root, headline, null) };
  }
  const root = headline ? commonAncestor(headline, body) : body;
  const bodyStart = headline && body.contains(headline) ? (firstBodyParagraph(body, headline, paragraphs) ?? body) : body;
  return { headline, body, root, bodyStart, ...leadAround(root, headline, bodyStart) };
}
