// Pull quotes with an attribution, written in the other forms sites use for the same quote: an
// <aside> with a <cite>, or a bare <blockquote> followed by its own attribution line. A quote with
// no attribution is left alone: without one, an aside or a paragraph would no longer read as a quote.

import { bodyElements, collapsed, make } from './dom';

interface PullQuote {
  /** What the new form replaces: the quote's figure, or the blockquote itself. */
  element: Element;
  /** The quote's own content, the attribution taken out. */
  content: Node[];
  by: string;
}

const DASH = /^[\s\u2014\u2013-]+/;

/** Every attributed pull quote: a blockquote with a figcaption beside it in a figure, or a footer/cite inside it. */
export function findPullQuotes(doc: Document): PullQuote[] {
  const out: PullQuote[] = [];
  for (const quote of bodyElements(doc, 'blockquote')) {
    const figure = quote.closest('figure');
    const caption = figure?.querySelector(':scope > figcaption');
    if (figure && caption && figure.querySelectorAll('blockquote').length === 1) {
      const by = collapsed(caption.textContent).replace(DASH, '');
      if (by) out.push({ element: figure, content: [...quote.childNodes], by });
      continue;
    }
    const credit = quote.querySelector('footer') ?? quote.querySelector('cite');
    const by = collapsed(credit?.textContent).replace(DASH, '');
    if (credit && by) out.push({ element: quote, content: [...quote.childNodes].filter((n) => n !== credit && !n.contains(credit)), by });
  }
  return out;
}

/** Each attributed pull quote as `<aside><p>…</p><cite>Name</cite></aside>`. */
export function pullQuotesAsAside(doc: Document): void {
  for (const { element, content, by } of findPullQuotes(doc)) {
    const paragraphs = content.some((n) => n.nodeType === 1 && (n as Element).tagName === 'P') ? content : [make(doc, 'p', ...content)];
    element.replaceWith(make(doc, 'aside', ...paragraphs, make(doc, 'cite', by)));
  }
}

/** Each attributed pull quote as a bare `<blockquote>` followed by a separate "— Name" paragraph. */
export function pullQuotesAttributionAfter(doc: Document): void {
  for (const { element, content, by } of findPullQuotes(doc)) {
    element.replaceWith(make(doc, 'blockquote', ...content), make(doc, 'p', `\u2014 ${by}`));
  }
}
