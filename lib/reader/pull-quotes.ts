import type { PullQuote } from '../types';
import { fingerprint } from './fingerprint';

// A clip keeps its pull quotes apart (clip.pullQuotes) and its html usually without them: on the
// page a pull quote repeats a sentence of the body. The reader sets each one apart again, right
// after the paragraph it repeats, or a third of the way in when it repeats none.

export const PULL_QUOTE_CLASS = 'reader-pull-quote';

/** A pull quote to set apart, after the paragraph at index `after` (-1: at the end of the body). */
export interface PullQuotePlace {
  quote: PullQuote;
  after: number;
  /** That paragraph is the quote itself, word for word, not a longer passage that contains it. */
  whole: boolean;
}

/**
 * Where each pull quote the body lacks goes, given the text of the body's paragraphs and of the
 * quotes it already shows: after the paragraph it repeats, or a third of the way in. Shared by
 * the reader and the Markdown export, so both set a quote apart at the same place.
 */
export function pullQuotePlaces(
  paragraphs: readonly string[],
  shownQuotes: readonly string[],
  quotes: readonly PullQuote[],
): PullQuotePlace[] {
  const shown = shownQuotes.map(fingerprint);
  const prints = paragraphs.map(fingerprint);
  const places: PullQuotePlace[] = [];
  for (const quote of quotes) {
    const print = fingerprint(quote.text);
    if (!print || shown.some((s) => s.includes(print))) continue;
    const repeated = prints.findIndex((p) => p.includes(print));
    const after = repeated >= 0 ? repeated : prints.length > 0 ? Math.floor(prints.length / 3) : -1;
    places.push({ quote, after, whole: repeated >= 0 && prints[repeated] === print });
    shown.push(print);
  }
  return places;
}

/** Inserts the pull quotes the body lacks; returns how many were inserted. Text only: no markup is parsed. */
export function placePullQuotes(root: ParentNode, quotes: readonly PullQuote[]): number {
  const doc = root.ownerDocument ?? (root as Document);
  const shown = [...root.querySelectorAll('blockquote')].map((el) => el.textContent ?? '');
  const paragraphs = [...root.querySelectorAll('p')].filter((p) => !p.closest('blockquote, figure, li, td'));
  const places = pullQuotePlaces(
    paragraphs.map((p) => p.textContent ?? ''),
    shown,
    quotes,
  );
  for (const { quote, after } of places) {
    const figure = pullQuote(doc, quote);
    const anchor = paragraphs[after];
    if (anchor) anchor.after(figure);
    else root.appendChild(figure);
  }
  return places.length;
}

function pullQuote(doc: Document, quote: PullQuote): HTMLElement {
  const figure = doc.createElement('figure');
  figure.className = PULL_QUOTE_CLASS;
  const blockquote = doc.createElement('blockquote');
  const text = doc.createElement('p');
  text.textContent = quote.text;
  blockquote.append(text);
  figure.append(blockquote);
  if (quote.by) {
    const by = doc.createElement('figcaption');
    by.textContent = quote.by;
    figure.append(by);
  }
  return figure;
}
