// DOM reading helpers for the amazon.science extractor. All of them only read.

import { cleanText, textOf } from '../text';

const CHROME_TAGS = new Set(['NAV', 'DIALOG']);
export const NAV_TAGS: ReadonlySet<string> = new Set(['NAV']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'search', 'dialog']);
const CONTENT_TAGS = new Set(['ARTICLE', 'MAIN']);

/** True when `el` or one of its ancestors has one of `tags` (upper-case names). */
export function within(el: Element, tags: ReadonlySet<string>): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (tags.has(node.tagName)) return true;
  return false;
}

function inContent(el: Element | null): boolean {
  for (let node = el; node; node = node.parentElement) {
    if (CONTENT_TAGS.has(node.tagName) || node.getAttribute('role') === 'main') return true;
  }
  return false;
}

/**
 * Site chrome: navigation, banners, footers, search, dialogs (cookie banners). A `header`/`footer`
 * inside the article (an article's own header block) is content, not chrome, and so is a band
 * that holds `headline` (some pages put the article's H1 in the page banner). Walked by hand:
 * this runs for every paragraph and lead element, and selector matching is slow in jsdom.
 */
export function isChrome(el: Element, headline?: Element | null): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) {
    if (headline && node.contains(headline)) return false;
    const tag = node.tagName;
    if (CHROME_TAGS.has(tag) || CHROME_ROLES.has(node.getAttribute('role') ?? '') || node.getAttribute('aria-modal') === 'true')
      return true;
    if ((tag === 'HEADER' || tag === 'FOOTER') && !inContent(node.parentElement)) return true;
  }
  return false;
}

/** Share of an element's text that sits in links: bylines and menus are mostly links, prose is not. */
export function linkShare(el: Element): number {
  const total = textOf(el).length;
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + textOf(a).length, 0);
  return total ? linked / total : 0;
}

const MIN_MENU_LINKS = 3;
/** A menu's words are its links; a lead band's caption, dek or dateline is text of its own. */
const MIN_MENU_LINK_SHARE = 0.8;

/**
 * A menu: several links and next to nothing else. Site navigation written without <nav> or a
 * role reads this way; a lead (kicker, figure and caption, dateline) never does.
 */
export function isMenu(el: Element): boolean {
  return el.querySelectorAll('a[href]').length >= MIN_MENU_LINKS && linkShare(el) >= MIN_MENU_LINK_SHARE;
}

/** An <aside> holding more text than this is the page's content set in the wrong tag, not a side note. */
const MAX_SIDE_TEXT = 1200;

/** A side note: an <aside> of a few lines (a pull quote, a promo, a newsletter box), not a whole article. */
export function isSideBlock(el: Element): boolean {
  return el.tagName === 'ASIDE' && textOf(el).length <= MAX_SIDE_TEXT;
}

/** True when `el` or one of its ancestors is a side note. */
export function withinSideBlock(el: Element): boolean {
  for (let node: Element | null = el; node; node = node.parentElement) if (node.tagName === 'ASIDE' && isSideBlock(node)) return true;
  return false;
}

/** True when `a` comes before `b` in document order and does not contain it. */
export function precedes(a: Node, b: Node): boolean {
  return !!(a.compareDocumentPosition(b) & a.DOCUMENT_POSITION_FOLLOWING) && !a.contains(b);
}

/** An attribute value resolved against the page address; null when absent or unparseable. */
export function absoluteUrl(raw: string | null | undefined, base: URL): URL | null {
  const value = raw?.trim();
  if (!value) return null;
  try {
    return new URL(value, base);
  } catch {
    return null;
  }
}

/** The link's address resolved against the page address. */
export function linkUrl(a: Element, base: URL): URL | null {
  return absoluteUrl(a.getAttribute('href'), base);
}

const BLOCK_TAGS = [
  'address',
  'article',
  'aside',
  'blockquote',
  'dd',
  'details',
  'div',
  'dl',
  'dt',
  'fieldset',
  'figcaption',
  'figure',
  'footer',
  'form',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'header',
  'hr',
  'li',
  'main',
  'nav',
  'ol',
  'p',
  'pre',
  'section',
  'table',
  'tr',
  'ul',
];
const BLOCK_TAG_SET = new Set(BLOCK_TAGS.map((t) => t.toUpperCase()));

export function isBlock(el: Element): boolean {
  return BLOCK_TAG_SET.has(el.tagName.toUpperCase());
}

/** An element with no block inside it: a paragraph, a label, a caption line. Walked by hand (see isChrome). */
export function isLeafBlock(el: Element): boolean {
  for (let child = el.firstElementChild; child; child = child.nextElementSibling) {
    if (BLOCK_TAG_SET.has(child.tagName.toUpperCase()) || !isLeafBlock(child)) return false;
  }
  return true;
}

/**
 * Plain text of an element with its blocks kept apart: one blank line between paragraphs,
 * headings, list items and captions; whitespace inside a block collapsed.
 */
export function blockText(root: Element): string {
  const blocks: string[] = [];
  let line = '';
  const flush = () => {
    const text = cleanText(line);
    if (text) blocks.push(text);
    line = '';
  };
  const walk = (node: Node) => {
    if (node.nodeType === node.TEXT_NODE) {
      line += node.nodeValue ?? '';
      return;
    }
    if (node.nodeType !== node.ELEMENT_NODE) return;
    const el = node as Element;
    if (el.tagName === 'BR') {
      line += ' ';
      return;
    }
    const block = isBlock(el);
    if (block) flush();
    el.childNodes.forEach(walk);
    if (block) flush();
  };
  walk(root);
  flush();
  return blocks.join('\n\n');
}

/** Longer than any label, even with the indentation a template leaves around it. */
const MAX_LABEL_NODE = 200;

/**
 * Elements of `root` whose whole text is a label matching `pattern` ("Research areas", "Tags:"),
 * found from the text nodes, so large pages are not scanned element by element. With `inline`,
 * an element whose text starts with the label ("Research areas: A, B") counts too.
 */
export function labelledElements(root: Element, pattern: RegExp, { inline = false } = {}): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const raw = node.nodeValue ?? '';
    // Labels are short: skip long runs of prose before paying for any text clean-up.
    if (raw.length > MAX_LABEL_NODE) continue;
    const el = node.parentElement;
    const text = cleanText(raw);
    if (!el || found.includes(el) || !pattern.test(text.replace(/\s*:$/, ''))) continue;
    const startsLine = inline && text.endsWith(':') && !node.previousSibling && labelText(el).startsWith(text);
    if (pattern.test(labelText(el)) || startsLine) found.push(el);
  }
  return found;
}

/** The element's text, whitespace collapsed, with a trailing colon dropped: how a label reads. */
export function labelText(el: Element): string {
  return cleanText(el.textContent).replace(/\s*:$/, '');
}

/**
 * The lines of a small block as a reader sees them: its smallest elements that carry text of
 * their own, in order. "<figcaption><p>The lab.</p><small>Ada Example</small></figcaption>" has
 * two lines; "<p>The <em>new</em> lab.</p>" has one (inline markup inside a sentence stays in it).
 */
export function textLines(block: Element): Element[] {
  const lines: Element[] = [];
  const visit = (el: Element) => {
    const parts = [...el.children].filter((child) => textOf(child));
    const ownText = [...el.childNodes].some((n) => n.nodeType === n.TEXT_NODE && cleanText(n.nodeValue));
    if (parts.length === 0 || ownText) lines.push(el);
    else parts.forEach(visit);
  };
  if (textOf(block)) visit(block);
  return lines;
}

/**
 * The card around `el` inside `root`: its largest ancestor below `root` that is still small (a
 * label, a title, a line or two). A card nested in a wrapper goes with its wrapper; a container
 * that also holds the article's prose is never taken for a card.
 */
export function cardAround(root: Element, el: Element, maxText: number): Element {
  let card = el;
  while (card.parentElement && card.parentElement !== root && textOf(card.parentElement).length <= maxText) card = card.parentElement;
  return card;
}
