// The lead image: the first picture of the article before its body. An image first met inside
// the body is one of its figures, never the hero.

import type { Hero } from '../../types';
import { cleanText, nonEmpty, textOf } from '../text';
import { absoluteUrl, isChrome, isLeafBlock, linkUrl, precedes } from './dom';
import type { Layout } from './landmarks';

/** Avatars and icons are smaller than this; a lead image never is. */
const MIN_SIDE = 100;
const CREDIT_LABEL = /^(?:(?:photo|image|illustration|video)\s+)?credits?\s*:\s*|^(?:photo|image|illustration)\s*:\s*/i;
const TRAILING_CREDIT = /\s*\(?\b(?:(?:photo|image|illustration)\s+)?credits?\s*:\s*([^)]+?)\)?\s*$/i;

function tooSmall(img: Element): boolean {
  const side = (name: string) => Number.parseInt(img.getAttribute(name) ?? '', 10);
  return side('width') < MIN_SIDE || side('height') < MIN_SIDE;
}

/** The image address as the page would load it, lazy-loading attributes included. */
export function imageSource(img: Element, pageUrl: URL): string | null {
  const candidates = [
    img.getAttribute('src'),
    img.getAttribute('data-src'),
    img.getAttribute('data-lazy-src'),
    img.getAttribute('srcset')?.split(',')[0]?.trim().split(/\s+/)[0],
  ];
  for (const raw of candidates) {
    if (!raw || /^data:/i.test(raw.trim())) continue;
    const url = absoluteUrl(raw, pageUrl);
    if (url) return url.href;
  }
  return null;
}

function isLeadImage(img: Element, layout: Layout, pageUrl: URL): boolean {
  if (isChrome(img, layout.headline) || tooSmall(img)) return false;
  if (layout.bodyStart && !precedes(img, layout.bodyStart)) return false;
  const link = img.closest('a[href]');
  const path = link ? linkUrl(link, pageUrl)?.pathname : null;
  return !path || !(path === '/' || /^\/authors?\//.test(path));
}

/** A caption block split into its caption and its credit line (without the "Credit:" label). */
export function splitCaption(block: Element | null): { caption: string | null; credit: string | null } {
  if (!block) return { caption: null, credit: null };
  const creditEl = [...block.querySelectorAll('*')].find(
    (el) => isLeafBlock(el) && (/credit/i.test(el.getAttribute('class') ?? '') || CREDIT_LABEL.test(textOf(el))),
  );
  let caption = textOf(block);
  let credit: string | null = null;
  if (creditEl) {
    credit = textOf(creditEl).replace(CREDIT_LABEL, '');
    caption = cleanText(caption.replace(textOf(creditEl), ''));
  } else {
    const trailing = TRAILING_CREDIT.exec(caption);
    if (trailing) {
      credit = trailing[1] ?? null;
      caption = cleanText(caption.slice(0, trailing.index));
    }
  }
  return { caption: nonEmpty(caption), credit: nonEmpty(credit) };
}

/** How far above an image its caption may sit when the page does not use <figure>. */
const MAX_CAPTION_DEPTH = 3;
const CAPTION = '[class*="caption" i]';

/**
 * The image's caption block: its figure's figcaption (or the figure itself, whose only text is
 * its caption and credit), or a caption close above the image in a wrapper of its own.
 */
function captionOf(img: Element, layout: Layout): Element | null {
  const figure = img.closest('figure');
  if (figure) return figure.querySelector('figcaption') ?? figure;
  let wrapper = img.parentElement;
  for (let depth = 0; wrapper && depth < MAX_CAPTION_DEPTH; depth++, wrapper = wrapper.parentElement) {
    if (wrapper.querySelectorAll('img').length > 1 || (layout.headline && wrapper.contains(layout.headline))) return null;
    const caption = wrapper.querySelector(CAPTION);
    if (caption) return caption;
  }
  return null;
}

export function readHero(layout: Layout, pageUrl: URL): Hero | null {
  if (!layout.root) return null;
  const img = [...layout.root.querySelectorAll('img')].find((el) => isLeadImage(el, layout, pageUrl));
  if (!img) return null;
  const { caption, credit } = splitCaption(captionOf(img, layout));
  return { src: imageSource(img, pageUrl), alt: nonEmpty(img.getAttribute('alt')), caption, credit };
}
