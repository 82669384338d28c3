// The lead image: the first picture of the article before its body. An image first met inside
// the body is one of its figures, never the hero.

import type { Hero } from '../../types';
import { cleanText, nonEmpty, textOf } from '../text';
import { absoluteUrl, isChrome, linkUrl, precedes, textLines } from './dom';
import { BYLINE_START, type Layout } from './landmarks';

/** Avatars and icons are smaller than this; a lead image never is. */
const MIN_SIDE = 100;
const CREDIT_LABEL = /^(?:(?:photo|image|illustration|video)\s+)?credits?\s*:\s*|^(?:photo|image|illustration)\s*:\s*/i;
const TRAILING_CREDIT = /\s*\(?\b(?:(?:photo|image|illustration)\s+)?credits?\s*:\s*([^)]+?)\)?\s*$/i;

function tooSmall(img: Element): boolean {
  const side = (name: string) => Number.parseInt(img.getAttribute(name) ?? '', 10);
  return side('width') < MIN_SIDE || side('height') < MIN_SIDE;
}

function firstInSrcset(srcset: string | null): string | undefined {
  return srcset?.split(',')[0]?.trim().split(/\s+/)[0];
}

/**
 * The image address as the page would load it: its own src, lazy-loading attributes, then the
 * sources of the <picture> around it (an <img> there may carry only a placeholder).
 */
export function imageSource(img: Element, pageUrl: URL): string | null {
  const picture = img.parentElement?.tagName === 'PICTURE' ? img.parentElement : null;
  const candidates = [
    img.getAttribute('src'),
    img.getAttribute('data-src'),
    img.getAttribute('data-lazy-src'),
    firstInSrcset(img.getAttribute('srcset')),
    ...[...(picture?.querySelectorAll('source') ?? [])].map((source) => firstInSrcset(source.getAttribute('srcset'))),
  ];
  for (const raw of candidates) {
    if (!raw || /^data:/i.test(raw.trim())) continue;
    const url = absoluteUrl(raw, pageUrl);
    if (url) return url.href;
  }
  return null;
}

function isLeadImage(img: Element, layout: Layout, pageUrl: URL): boolean {
  if (isChrome(img, layout.headline) || tooSmall(img) || BYLINE_START.test(textOf(img.parentElement))) return false;
  if (layout.bodyStart && !precedes(img, layout.bodyStart)) return false;
  const link = img.closest('a[href]');
  const path = link ? linkUrl(link, pageUrl)?.pathname : null;
  return !path || !(path === '/' || /^\/authors?\//.test(path));
}

/** A credit line is a name or two ("Glynis Condon", "Meg Coyle / Amazon", "Courtesy of Ada Example"), never a sentence. */
const MAX_CREDIT_LINE = 80;
const SENTENCE_END = /[.!?:;]["”’)]?$/;

function isCreditLine(line: Element): boolean {
  const text = textOf(line);
  return text.length <= MAX_CREDIT_LINE && /^[\p{Lu}\p{N}]/u.test(text) && !SENTENCE_END.test(text);
}

/**
 * A credit set inline after the caption sentence: "<figcaption>The lab. <small>F4D Studios</small>
 * </figcaption>". Only a last child with nothing after it, right after a finished sentence.
 */
function trailingLine(block: Element): Element | undefined {
  const last = block.lastElementChild;
  if (!last || cleanText(last.nextSibling?.textContent) || !textOf(last)) return undefined;
  const before = cleanText(textOf(block).slice(0, -textOf(last).length));
  return before && SENTENCE_END.test(before) ? last : undefined;
}

/**
 * A caption block split into its caption and its credit line (without a "Credit:" label). The
 * credit is a line labelled as one, or the block's last line when it is a name after the caption
 * sentence (set in its own element: a <small>, a <span>, a line of its own).
 */
export function splitCaption(block: Element | null): { caption: string | null; credit: string | null } {
  if (!block) return { caption: null, credit: null };
  const lines = textLines(block);
  const last = lines.length > 1 ? lines[lines.length - 1] : trailingLine(block);
  const creditEl =
    lines.find((el) => CREDIT_LABEL.test(textOf(el)) || /credit/i.test(el.getAttribute('class') ?? '')) ??
    (last && isCreditLine(last) ? last : undefined);
  // Lines are joined with a space: "<p>The lab.</p><p>Its team.</p>" reads "The lab. Its team.". A
  // credit set inside the last line is cut from its end.
  const captionLines = lines.filter((line) => line !== creditEl).map((line) => textOf(line));
  const inline = creditEl && !lines.includes(creditEl) ? textOf(creditEl) : '';
  let caption = cleanText(captionLines.join(' '));
  if (inline && caption.endsWith(inline)) caption = cleanText(caption.slice(0, -inline.length));
  let credit: string | null = null;
  if (creditEl) {
    credit = textOf(creditEl).replace(CREDIT_LABEL, '');
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
/** A caption is a sentence or two and a credit; a wrapper with more text is part of the article. */
const MAX_CAPTION_TEXT = 600;

/**
 * The image's caption block: its figure's figcaption (or the figure itself, whose only text is
 * its caption and credit, when they are not all in the figcaption), or, without a figure, the nearest wrapper around the image that holds
 * a little text and nothing else: no second image, no heading, not the headline or the body.
 */
function captionOf(img: Element, layout: Layout): Element | null {
  const figure = img.closest('figure');
  if (figure) {
    // A credit may sit beside the figcaption ("</figcaption><small>Credit: …</small>"): then the
    // figure's text is the caption block.
    const figcaption = figure.querySelector('figcaption');
    return figcaption && textOf(figcaption) === textOf(figure) ? figcaption : figure;
  }
  let wrapper = img.parentElement;
  for (let depth = 0; wrapper && depth < MAX_CAPTION_DEPTH; depth++, wrapper = wrapper.parentElement) {
    const holdsArticle = (layout.headline && wrapper.contains(layout.headline)) || (layout.bodyStart && wrapper.contains(layout.bodyStart));
    if (holdsArticle || wrapper.querySelectorAll('img').length > 1 || wrapper.querySelector('h1, h2, h3, h4, h5, h6')) return null;
    const text = textOf(wrapper);
    if (text) return text.length <= MAX_CAPTION_TEXT ? wrapper : null;
  }
  return null;
}

export function readHero(layout: Layout, pageUrl: URL): Hero | null {
  const root = layout.root;
  if (!root) return null;
  // The article's own images first; then a lead figure set in a band above the article.
  const banded = layout.beforeHeadline.filter((el) => el.tagName === 'IMG' && !root.contains(el));
  const img = [...root.querySelectorAll('img'), ...banded].find((el) => isLeadImage(el, layout, pageUrl));
  if (!img) return null;
  const { caption, credit } = splitCaption(captionOf(img, layout));
  return { src: imageSource(img, pageUrl), alt: nonEmpty(img.getAttribute('alt')), caption, credit };
}
