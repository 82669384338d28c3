// Extra elements around content, as component frameworks and image pipelines add them: the lead
// figure in wrappers with its image in a <picture> and its caption nested, and every block in a div.

import { bodyElements, collapsed, make, wrap } from './dom';

const BLOCKS = 'p, ul, ol, dl, blockquote, pre, table, figure, h1, h2, h3, h4, h5, h6';
/** A paragraph this long is prose: a figure before it leads the page. */
const PROSE = 200;

/**
 * The figure that leads the page: the first one with no paragraph of prose between it and the H1
 * (before the H1, as Brightspot puts it, or after it).
 */
export function leadFigure(doc: Document): Element | null {
  const flow = bodyElements(doc, 'figure, p, h1');
  const h1 = flow.findIndex((el) => el.tagName === 'H1');
  if (h1 < 0) return null;
  const isProse = (el: Element) => el.tagName === 'P' && !el.closest('figure') && collapsed(el.textContent).length >= PROSE;
  return (
    flow.find((el, i) => {
      if (el.tagName !== 'FIGURE') return false;
      const between = i < h1 ? flow.slice(i + 1, h1) : flow.slice(h1 + 1, i);
      return !between.some(isProse);
    }) ?? null
  );
}

/** The lead figure two divs deep, each image in a <picture> with a <source> of the same image, the caption nested twice. */
export function wrapLeadFigure(doc: Document): void {
  const figure = leadFigure(doc);
  if (!figure) return;
  for (const img of figure.querySelectorAll('img')) {
    if (img.parentElement?.tagName === 'PICTURE') {
      wrap(img.parentElement, 'div');
      continue;
    }
    const source = doc.createElement('source');
    source.setAttribute('srcset', img.getAttribute('srcset') ?? img.getAttribute('src') ?? '');
    wrap(img, 'picture').prepend(source);
  }
  const caption = figure.querySelector('figcaption');
  if (caption) caption.append(make(doc, 'div', make(doc, 'div', ...caption.childNodes)));
  wrap(wrap(figure, 'div'), 'div');
}

/** Every block (paragraph, list, heading, quote, table, figure) in a div of its own. */
export function wrapBlocks(doc: Document): void {
  for (const block of bodyElements(doc, BLOCKS)) wrap(block, 'div');
}
