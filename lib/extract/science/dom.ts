// DOM reading helpers for the amazon.science extractor. All of them only read.

import { cleanText } from '../text';

/**
 * Site chrome: navigation, banners, footers, search, dialogs (cookie banners). A `header`/`footer`
 * inside the article (an article's own header block) is content, not chrome.
 */
export function isChrome(el: Element): boolean {
  if (el.closest('nav, [role="navigation"], [role="banner"], [role="contentinfo"], [role="search"], [role="dialog"], [aria-modal="true"], dialog, form')) return true;
  const band = el.closest('header, footer');
  return !!band && !band.parentElement?.closest('article, main, [role="main"]');
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

/** Every element of `root` (inclusive) in document order. */
export function elementsOf(root: Element): Element[] {
  return [root, ...root.querySelectorAll('*')];
}

const BLOCK_TAGS = [
  'address', 'article', 'aside', 'blockquote', 'dd', 'details', 'div', 'dl', 'dt', 'fieldset', 'figcaption', 'figure',
  'footer', 'form', 'h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'header', 'hr', 'li', 'main', 'nav', 'ol', 'p', 'pre',
  'section', 'table', 'tr', 'ul',
];
const BLOCK_TAG_SET = new Set(BLOCK_TAGS.map((t) => t.toUpperCase()));
const BLOCK_SELECTOR = BLOCK_TAGS.join(', ');

export function isBlock(el: Element): boolean {
  return BLOCK_TAG_SET.has(el.tagName.toUpperCase());
}

/** An element with no block inside it: a paragraph, a label, a caption line. */
export function isLeafBlock(el: Element): boolean {
  return el.querySelector(BLOCK_SELECTOR) === null;
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

/**
 * Elements of `root` whose whole text is a label matching `pattern` ("Research areas", "Tags:"),
 * found from the text nodes, so large pages are not scanned element by element.
 */
export function labelledElements(root: Element, pattern: RegExp): Element[] {
  const found: Element[] = [];
  const walker = root.ownerDocument.createTreeWalker(root, 4 /* NodeFilter.SHOW_TEXT */);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    const el = node.parentElement;
    if (el && pattern.test(cleanText(node.nodeValue).replace(/\s*:$/, '')) && pattern.test(labelText(el)) && !found.includes(el)) found.push(el);
  }
  return found;
}

/** The element's text, whitespace collapsed, with a trailing colon dropped: how a label reads. */
export function labelText(el: Element): string {
  return cleanText(el.textContent).replace(/\s*:$/, '');
}
