import type { PullQuote } from '../types';
import { fingerprint } from './fingerprint';

// A clip keeps its pull quotes apart (clip.pullQuotes) and its html usually without them: on the
// page a pull quote repeats a sentence of the body. The reader sets each one apart again, right
// after the paragraph it repeats, or a third of the way in when it repeats none.

export const PULL_QUOTE_CLASS = 'reader-pull-quote';

/** Inserts the pull quotes the body lacks; returns how many were inserted. Text only: no markup is parsed. */
export function placePullQuotes(root: ParentNode, quotes: readonly PullQuote[]): number {
  const doc = root.ownerDocument ?? (root as Document);
  const shown = [...root.querySelectorAll('blockquote')].map((el) => fingerprint(el.textContent ?? ''));
  const paragraphs = [...root.querySelectorAll('p')].filter((p) => !p.closest('blockquote, figure, li, td'));
  let placed = 0;
  for (const quote of quotes) {
    const print = fingerprint(quote.text);
    if (!print || shown.some((s) => s.includes(print))) continue;
    const anchor =
      paragraphs.find((p) => fingerprint(p.textContent ?? '').includes(print)) ?? paragraphs[Math.floor(paragraphs.length / 3)];
    const figure = pullQuote(doc, quote);
    if (anchor) anchor.after(figure);
    else root.appendChild(figure);
    shown.push(print);
    placed++;
  }
  return placed;
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
