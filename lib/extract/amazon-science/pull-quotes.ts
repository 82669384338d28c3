// Pull quotes: sentences the article lifts out and sets large, usually credited to the speaker.

import type { PullQuote } from '../../types';
import { cleanText, nonEmpty, textOf } from '../text';
import { isLeafBlock } from './dom';

/** Social-media embeds are blockquotes too, but they are not the article's own quotes. */
const EMBED = /twitter-tweet|instagram-media|tiktok-embed|bluesky-embed/i;
const ATTRIBUTION_HINT = /attribution|cite|credit|byline|author|source/i;
const LEADING_DASH = /^[\s—–-]+/;
const ENCLOSING_QUOTES = /^[“"‘'](.*)[”"’']$/s;

export interface FoundPullQuote {
  /** Everything to drop from the body so the quote is not read twice: the quote and its credit line. */
  elements: Element[];
  quote: PullQuote;
}

function quoteElements(root: Element): Element[] {
  const quotes = [...root.querySelectorAll('blockquote')].filter((q) => !EMBED.test(q.getAttribute('class') ?? ''));
  const styled = [...root.querySelectorAll('[class]')].filter(
    (el) => /pull-?quote/i.test(el.getAttribute('class') ?? '') && !el.querySelector('blockquote') && !el.closest('blockquote'),
  );
  const all = [...quotes, ...styled];
  return all.filter((el) => !all.some((other) => other !== el && other.contains(el)));
}

/** The credit line of a quote: its figure's caption, a footer or cite inside it, or a dash line right after it. */
function attributionOf(quote: Element, container: Element): Element | null {
  const caption = container.tagName === 'FIGURE' ? container.querySelector(':scope > figcaption') : null;
  if (caption) return caption;
  const inner = quote.querySelector('footer, cite, [class*="attribution" i]');
  if (inner) return inner;
  const next = container.nextElementSibling;
  if (next && isLeafBlock(next) && (ATTRIBUTION_HINT.test(next.getAttribute('class') ?? '') || /^[—–]/.test(textOf(next)))) {
    return next;
  }
  return null;
}

function speaker(attribution: Element | null): string | null {
  if (!attribution) return null;
  return nonEmpty(textOf(attribution).replace(LEADING_DASH, '').split(',')[0]);
}

export function findPullQuotes(root: Element): FoundPullQuote[] {
  const found: FoundPullQuote[] = [];
  for (const quote of quoteElements(root)) {
    const figure = quote.closest('figure');
    const container = figure && root.contains(figure) && !figure.querySelector('img, video, picture') ? figure : quote;
    const attribution = attributionOf(quote, container);
    const byText = attribution && quote.contains(attribution) ? textOf(attribution) : '';
    const text = cleanText(textOf(quote).replace(byText, '')).replace(ENCLOSING_QUOTES, '$1').trim();
    if (!text) continue;
    const elements = attribution && !container.contains(attribution) ? [container, attribution] : [container];
    found.push({ elements, quote: { text, by: speaker(attribution) } });
  }
  return found;
}
