// The lead figure's credit line ("Credit: …") taken out of the caption and set beside it in its
// own <small> element, as many templates print it. Its words, the label included, are unchanged.

import { collapsed, make } from './dom';
import { leadFigure } from './wrappers';

const CREDIT = /^(?:(?:photo|image|video)\s+)?credits?\s*:/i;

/** The innermost element of `caption` whose whole text is a labelled credit line. */
function creditLine(caption: Element): Element | null {
  const lines = [...caption.querySelectorAll('*')].filter((el) => CREDIT.test(collapsed(el.textContent)));
  return lines.at(-1) ?? null;
}

export function creditBesideCaption(doc: Document): void {
  const caption = leadFigure(doc)?.querySelector('figcaption');
  const credit = caption && creditLine(caption);
  if (!caption || !credit) return;
  credit.remove();
  caption.after(make(doc, 'small', collapsed(credit.textContent)));
}
