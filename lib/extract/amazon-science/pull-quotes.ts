// Pull quotes: sentences the article lifts out and sets large, usually credited to the speaker.
// Known by meaning first: a <blockquote>; an <aside> that cites someone or is set in quotation
// marks; any small block made of a quoted sentence and an attribution line. A class name such as
// "pull-quote" only finds one sooner.

import type { PullQuote } from '../../types';
import { cleanText, nonEmpty, textOf } from '../text';
import { isLeafBlock, textLines } from './dom';
import { byLetters, lettersFor } from '../letters';
import { fullName } from './person';

/** Social-media embeds are blockquotes too, but they are not the article's own quotes. */
const EMBED = /twitter-tweet|instagram-media|tiktok-embed|bluesky-embed/i;
const ATTRIBUTION_HINT = /attribution|cite|credit|byline|author|source/i;
const LEADING_DASH = /^[\s—–-]+/;
/** An attribution set off by a dash: "— Ada Example". */
const DASH_LINE = /^[—–]\s*\S/;
const ENCLOSING_QUOTES = /^[“"‘'«](.*)[”"’'»]$/s;
/** "— Ada Example", "Ada Example", "Ada Example, senior scientist": a name, maybe a role; not a sentence. */
const NAME_LINE = byLetters((l) => new RegExp(String.raw`^${fullName(l)}(?:\s*,\s*[^.!?]{1,80})?$`, l.flags));
const MAX_ATTRIBUTION = 120;
/** A pull quote is a sentence or two; a longer block is prose or a sidebar. */
const MAX_QUOTE_BLOCK = 600;
/** Elements that wrap blocks; a quote block may be set in any of them. */
const QUOTE_CONTAINERS = new Set(['DIV', 'SECTION', 'ARTICLE', 'ASIDE', 'FIGURE', 'MAIN', 'HEADER', 'FOOTER']);

export interface FoundPullQuote {
  /** Everything to drop from the body so the quote is not read twice: the quote and its credit line. */
  elements: Element[];
  quote: PullQuote;
}

function isAttributionLine(el: Element): boolean {
  const text = textOf(el);
  return (
    text.length <= MAX_ATTRIBUTION &&
    (DASH_LINE.test(text) || NAME_LINE(lettersFor([text])).test(text) || ATTRIBUTION_HINT.test(el.getAttribute('class') ?? ''))
  );
}

function isQuoted(el: Element): boolean {
  return ENCLOSING_QUOTES.test(textOf(el));
}

/** Mostly links: a promo or a list of related reading, not a quote. */
function mostlyLinks(el: Element): boolean {
  const linked = [...el.querySelectorAll('a')].reduce((n, a) => n + textOf(a).length, 0);
  return linked > textOf(el).length / 2;
}

/** A quote block has a line for the quote and one for the attribution (and maybe an ornament). */
const MAX_QUOTE_CHILDREN = 3;

/** Enough nodes to reach a block's first words through its wrappers. */
const MAX_LEAD_NODES = 24;

/** Whether an element's first words open a quotation, read without walking all of its text. */
function opensWithQuote(el: Element): boolean {
  let node: Node | null = el.firstChild;
  for (let steps = 0; node && steps < MAX_LEAD_NODES; steps++) {
    if (node.nodeType === node.TEXT_NODE) {
      const text = cleanText(node.nodeValue);
      if (text) return /^[“"‘'«]/.test(text);
    }
    if (node.firstChild) node = node.firstChild;
    else {
      while (node && node !== el && !node.nextSibling) node = node.parentNode;
      node = node && node !== el ? node.nextSibling : null;
    }
  }
  return false;
}

/** A line that names its source as such: "<cite>Ada Example</cite>", alone or in a wrapper of its own. */
function isCiteLine(el: Element | null): boolean {
  for (let node = el; node; node = node.childElementCount === 1 ? node.firstElementChild : null) {
    if (node.tagName === 'CITE') return textOf(node) === textOf(el);
  }
  return false;
}

/**
 * A block that is a sentence set apart and its attribution line, and nothing else: a quoted
 * sentence over a name, or any sentence over a dash line ("— Ada Example") or a <cite>.
 */
function isQuoteBlock(el: Element): boolean {
  // Cheap tests first: this runs for every wrapper of the body.
  if (!QUOTE_CONTAINERS.has(el.tagName) || el.childElementCount > MAX_QUOTE_CHILDREN || el.childElementCount === 0) return false;
  const last = el.lastElementChild;
  const credited = !!last && (DASH_LINE.test(cleanText(last.textContent)) || isCiteLine(last));
  if (!opensWithQuote(el) && !credited) return false;
  if (textOf(el).length > MAX_QUOTE_BLOCK || el.querySelector('img, picture, video, blockquote')) return false;
  const lines = textLines(el);
  const [quote, by] = lines;
  return lines.length === 2 && !!quote && !!by && (isQuoted(quote) || credited) && isAttributionLine(by) && !mostlyLinks(el);
}

/** An aside that cites a speaker or is set in quotation marks. */
function isQuoteAside(el: Element): boolean {
  if (el.tagName !== 'ASIDE' || textOf(el).length > MAX_QUOTE_BLOCK || el.querySelector('img, picture, video, form') || mostlyLinks(el))
    return false;
  const first = textLines(el)[0];
  return !!el.querySelector('cite, footer') || (!!first && isQuoted(first));
}

function quoteElements(root: Element): Element[] {
  const quotes = [...root.querySelectorAll('blockquote')].filter((q) => !EMBED.test(q.getAttribute('class') ?? ''));
  // Every element, tested in plain code: a selector list over every wrapper is slow to match in jsdom.
  const styled = [...root.querySelectorAll('*')].filter(
    (el) =>
      QUOTE_CONTAINERS.has(el.tagName) &&
      (/pull-?quote/i.test(el.getAttribute('class') ?? '') || isQuoteAside(el) || isQuoteBlock(el)) &&
      !el.querySelector('blockquote') &&
      !el.closest('blockquote'),
  );
  const all = [...quotes, ...styled];
  // Bitmask 4 is DOCUMENT_POSITION_FOLLOWING: quotes are read in page order.
  return all
    .filter((el) => !all.some((other) => other !== el && other.contains(el)))
    .sort((a, b) => (a.compareDocumentPosition(b) & 4 ? -1 : 1));
}

/**
 * The credit line of a quote: its figure's caption, a footer or cite inside it, its own last line
 * when that is a name, or an attribution line right after it, inside its figure or after it (a
 * dash, a name, or marked as one).
 */
function attributionOf(quote: Element, container: Element): Element | null {
  const caption = container.tagName === 'FIGURE' ? container.querySelector(':scope > figcaption') : null;
  if (caption) return caption;
  const inner = quote.querySelector('footer, cite, [class*="attribution" i]');
  if (inner) return inner;
  const lines = textLines(quote);
  const last = lines[lines.length - 1];
  if (lines.length > 1 && last && isAttributionLine(last) && !isQuoted(last)) return last;
  // Right after the quote, inside its figure or wrapper, or right after that.
  const next = [lineAfter(quote), lineAfter(container)].find((el) => el && isAttributionLine(el));
  return next ?? null;
}

/** An element's outermost wrapper that holds nothing else (a component build wraps every block). */
function outermostAlone(el: Element): Element {
  let node = el;
  while (node.parentElement && node.parentElement.childElementCount === 1 && textOf(node.parentElement) === textOf(node))
    node = node.parentElement;
  return node;
}

/** The one line of text right after `el` (past the wrappers it sits in alone), if the next block is one line. */
function lineAfter(el: Element): Element | null {
  const next = outermostAlone(el).nextElementSibling;
  if (!next) return null;
  const lines = textLines(next);
  return lines.length === 1 && isLeafBlock(lines[0]!) ? lines[0]! : null;
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
    // The same sentence set large twice (a template that repeats it for small screens) is one quote.
    const twin = found.find((f) => f.quote.text === text);
    if (twin) twin.elements.push(...elements);
    else found.push({ elements, quote: { text, by: speaker(attribution) } });
  }
  return found;
}
