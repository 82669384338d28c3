// The article body, read from a copy in an inert document: everything that is not the article's
// own prose is removed from the copy (player chrome, promos, pull quotes, job cards, end matter),
// so the page itself is never touched and nothing in the copy loads or runs.

import { parseHtml } from '../parse-html';
import type { PullQuote } from '../../types';
import { findJobCards } from '../jobs/cards';
import { readabilityArticle } from '../readability-body';
import { textOf } from '../text';
import { absoluteUrl, cardAround, isSideBlock, labelledElements, textLines } from './dom';
import { imageSource } from './hero';
import { BYLINE_START, type Layout } from './landmarks';
import { findPullQuotes } from './pull-quotes';

export interface BodyCopy {
  /** The cleaned copy of the body, in a document of its own. */
  root: Element;
  pullQuotes: PullQuote[];
}

/** Never article prose: scripts, embeds, media, controls, navigation, dialogs (and side notes, see isSideBlock). */
const NOT_PROSE_TAGS = new Set([
  'SCRIPT',
  'STYLE',
  'NOSCRIPT',
  'TEMPLATE',
  'IFRAME',
  'OBJECT',
  'EMBED',
  'VIDEO',
  'AUDIO',
  'CANVAS',
  'SVG',
  'BUTTON',
  'INPUT',
  'SELECT',
  'TEXTAREA',
  'FORM',
  'FIELDSET',
  'LABEL',
  'NAV',
  'DIALOG',
]);
/** video.js names its player parts "video-js" and "vjs-…": the player chrome ("Playback Rate", "Video Player is loading."). */
const PLAYER_CLASS = /(?:^|\s)(?:video-js|vjs-[\w-]*)(?:\s|$)/;

/** Checked in plain code over every element: one selector list this long is slow to match in jsdom. */
function isNotProse(el: Element): boolean {
  return (
    NOT_PROSE_TAGS.has(el.tagName.toUpperCase()) ||
    isSideBlock(el) ||
    el.hasAttribute('hidden') ||
    el.getAttribute('aria-hidden') === 'true' ||
    el.getAttribute('role') === 'dialog' ||
    PLAYER_CLASS.test(el.getAttribute('class') ?? '')
  );
}

const MEDIA_TAGS = new Set(['VIDEO', 'AUDIO']);
/** Control labels and player messages are short; a paragraph longer than this is prose. */
const MAX_PLAYER_LINE = 100;

/** What a player never holds: a caption, a heading, or a paragraph of prose. */
function endsPlayer(el: Element): boolean {
  return (
    el.tagName === 'FIGCAPTION' || /^H[1-6]$/.test(el.tagName) || (/^(?:P|LI)$/.test(el.tagName) && textOf(el).length > MAX_PLAYER_LINE)
  );
}

/**
 * The player around a <video>/<audio>: the largest wrapper holding no caption, heading or prose
 * of its own, so its control labels, loading messages and menus go with it, however they are named.
 */
function playerOf(media: Element, root: Element): Element {
  let player = media;
  for (let parent = media.parentElement; parent && parent !== root; parent = parent.parentElement) {
    if ([...parent.querySelectorAll('*')].some((el) => !player.contains(el) && endsPlayer(el))) break;
    player = parent;
  }
  return player;
}

/** Labels of end matter and side blocks that can sit inside a body container. */
const END_MATTER =
  /^(?:about the authors?|research areas?|tags|related (?:content|articles|posts|publications|stories)|work with us|jobs|open (?:positions|roles)|see more jobs)$/i;
const HELPFUL_PROMPT = /^was this (?:answer|article|page|post)? ?helpful\??/i;
const PROMO_LEAD = /^(?:related|read more|see also|also read|learn more)\b/i;
const NEWSLETTER = /\b(?:newsletter|subscribe|sign up)\b/i;
const SHARE_LINK =
  /^mailto:\?|(?:twitter|x)\.com\/intent|facebook\.com\/(?:sharer|dialog\/share)|linkedin\.com\/share|reddit\.com\/submit|whatsapp\.com\/send|weibo\.com\/share|qzone\.qq\.com/i;
/** A block that holds content worth keeping even when it also links somewhere. */
const CONTENT = 'figure, table, pre, ul, ol, blockquote';
/** A promo is a title and a line or two; longer blocks are prose. */
const MAX_PROMO_TEXT = 300;
/** A card of end matter (a label, a few titles and deks) stays under this; the body around it does not. */
const MAX_CARD_TEXT = 600;
/** In a promo the link is the title, a good part of its text; in prose a link is a few words. */
const MIN_PROMO_LINK_SHARE = 0.3;
const PROSE_TAGS = new Set(['P', 'H1', 'H2', 'H3', 'H4', 'H5', 'H6', 'UL', 'OL', 'TABLE', 'FIGURE', 'BLOCKQUOTE', 'PRE', 'DL']);

function inertDocument(doc: Document): Document {
  return doc.implementation.createHTMLDocument('');
}

/** Child-index path from `root` down to `el`, to find the same element in a copy. */
function pathFrom(root: Element, el: Element): number[] {
  const path: number[] = [];
  for (let node: Element = el; node !== root && node.parentElement; node = node.parentElement) {
    path.unshift([...node.parentElement.children].indexOf(node));
  }
  return path;
}

function follow(root: Element, path: number[]): Element | null {
  return path.reduce<Element | null>((node, i) => node?.children[i] ?? null, root);
}

/** Removes everything before `start` inside `root`: the lead, when the body's element also holds the headline. */
function dropBefore(root: Element, start: Element): void {
  for (let node: Element = start; node !== root && node.parentElement; node = node.parentElement) {
    while (node.previousSibling) node.previousSibling.remove();
  }
}

function removeEndMatter(root: Element): void {
  for (const label of labelledElements(root, END_MATTER)) {
    if (!root.contains(label) || label.closest('a')) continue;
    const block = cardAround(root, label, MAX_CARD_TEXT);
    if (block !== label) {
      block.remove();
      continue;
    }
    // A bare heading in the body: its section runs until the next heading of the same rank or higher.
    const rank = /^H([1-6])$/.exec(label.tagName)?.[1] ?? '7';
    let next = label.nextElementSibling;
    while (next && !(/^H[1-6]$/.test(next.tagName) && next.tagName.slice(1) <= rank)) {
      const after = next.nextElementSibling;
      next.remove();
      next = after;
    }
    label.remove();
  }
}

/** A line that is nothing but a link: the linked title of a teaser, never a sentence of prose. */
function isLinkLine(line: Element): boolean {
  const link = line.tagName === 'A' ? line : line.querySelector('a[href]');
  return !!link && link.hasAttribute('href') && textOf(link) === textOf(line);
}

/** A list of names after a "By": a teaser's byline set as a list, not a list of the article's own. */
function isBylineList(el: Element): boolean {
  return (el.tagName === 'UL' || el.tagName === 'OL') && BYLINE_START.test(textOf(el.parentElement));
}

/**
 * A block between paragraphs that advertises something else: a linked title with a line or two
 * (another article, the newsletter), or a "Related: …" paragraph. An image that is not itself a
 * link makes it a picture with a caption, and a link inside a sentence does not make a promo.
 */
function isPromo(block: Element): boolean {
  const text = textOf(block);
  if (block.tagName === 'P') return PROMO_LEAD.test(text) && !!block.querySelector('a[href]') && text.length <= MAX_PROMO_TEXT;
  if (PROSE_TAGS.has(block.tagName) || [...block.querySelectorAll(CONTENT)].some((el) => !isBylineList(el))) return false;
  if (!text) return !block.querySelector('img');
  if (text.length > MAX_PROMO_TEXT) return false;
  if (NEWSLETTER.test(text)) return true;
  if ([...block.querySelectorAll('img')].some((img) => !img.closest('a'))) return false;
  const lines = textLines(block);
  if (lines.length > 1 && lines.some(isLinkLine)) return true;
  const linked = [...block.querySelectorAll('a[href]')].reduce((n, a) => n + textOf(a).length, 0);
  return linked / text.length >= MIN_PROMO_LINK_SHARE;
}

/**
 * The blocks that sit between paragraphs, however deep the body's wrappers go: the children of the
 * body and of every element that holds paragraphs of its own.
 */
function flowBlocks(root: Element): Element[] {
  const holders = new Set<Element>([root]);
  for (const p of root.querySelectorAll('p')) if (p.parentElement && root.contains(p.parentElement)) holders.add(p.parentElement);
  return [...holders].flatMap((holder) => [...holder.children]);
}

/** Elements that mean something without text of their own. */
const EMPTY_ALLOWED = new Set(['IMG', 'BR', 'HR', 'TD', 'TH', 'TR']);

/** Drops the wrappers left empty by the clean-up, innermost first. */
function pruneEmpty(root: Element): void {
  for (const el of [...root.querySelectorAll('*')].reverse()) {
    if (!EMPTY_ALLOWED.has(el.tagName) && !textOf(el) && !el.querySelector('img, br, hr, td, th')) el.remove();
  }
}

function absolutize(root: Element, pageUrl: URL): void {
  for (const a of root.querySelectorAll('a[href]')) {
    const url = absoluteUrl(a.getAttribute('href'), pageUrl);
    if (url) a.setAttribute('href', url.href);
  }
  for (const img of root.querySelectorAll('img')) {
    const src = imageSource(img, pageUrl);
    if (src) img.setAttribute('src', src);
    else img.remove();
    img.removeAttribute('srcset');
  }
}

/** Strips a copied body down to the article's prose; returns the pull quotes it took out. */
function clean(root: Element, pageUrl: URL, removeJobCards: () => void): PullQuote[] {
  const quotes = findPullQuotes(root);
  quotes.forEach(({ elements }) => elements.forEach((el) => el.remove()));
  removeJobCards();
  // Controls and dialogs go first, so that what is left around a video is the player's own chrome.
  [...root.querySelectorAll('*')].filter((el) => isNotProse(el) && !MEDIA_TAGS.has(el.tagName)).forEach((el) => el.remove());
  [...root.querySelectorAll('video, audio')].map((media) => playerOf(media, root)).forEach((player) => player.remove());
  removeEndMatter(root);
  labelledElements(root, HELPFUL_PROMPT).forEach((el) => el.remove());
  for (const link of root.querySelectorAll('a[href]')) {
    if (!root.contains(link) || !SHARE_LINK.test(link.getAttribute('href') ?? '')) continue;
    const block = cardAround(root, link, MAX_PROMO_TEXT);
    if (block.querySelectorAll('a[href]').length > 1) block.remove();
  }
  flowBlocks(root)
    .filter(isPromo)
    .forEach((block) => block.remove());
  absolutize(root, pageUrl);
  pruneEmpty(root);
  return quotes.map(({ quote }) => quote);
}

/**
 * The body found by structure, cleaned. `jobCards` are the page's job-card elements (found once
 * for the whole page): those inside the body are dropped from the copy by position.
 */
export function copyBody(doc: Document, layout: Layout, pageUrl: URL, jobCards: Element[]): BodyCopy | null {
  const { body, bodyStart } = layout;
  if (!body) return null;
  const inert = inertDocument(doc);
  const root = inert.importNode(body, true);
  inert.body.append(root);
  const cardsInCopy = jobCards.filter((card) => body.contains(card)).map((card) => follow(root, pathFrom(body, card)));
  if (bodyStart && bodyStart !== body) {
    const start = follow(root, pathFrom(body, bodyStart));
    if (start) dropBefore(root, start);
  }
  return { root, pullQuotes: clean(root, pageUrl, () => cardsInCopy.forEach((card) => card?.remove())) };
}

/** Readability's body, for pages whose structure we cannot read, cleaned the same way. */
export function readabilityBody(doc: Document, pageUrl: URL): BodyCopy | null {
  const article = readabilityArticle(doc);
  if (!article) return null;
  const inert = parseHtml(doc, article.html);
  const root = inert.createElement('div');
  root.append(...inert.body.childNodes);
  inert.body.append(root);
  // Readability rewrites the page's markup, so its job cards can only be found again in the copy.
  return { root, pullQuotes: clean(root, pageUrl, () => findJobCards(root, pageUrl).forEach((card) => card.element.remove())) };
}
