// Job cards: the postings a page lists ("Work with us" on amazon.science, the careers list,
// amazon.jobs search results). A card is found by meaning: a link to an amazon.jobs posting that
// stands on its own (not a link inside a sentence), grown into the largest element around it that
// holds no other posting.
import type { Job, Location } from '../../types';
import { canonicalUrl, jobIdFromUrl } from '../../url/canonical';
import { closestHeading, firstHeading, headingLevel, holdsHeadingOrLink, isBlock, isElement, linesToText, textLines, type Line } from './sections';
import { emptyJob } from './empty-job';
import { chunks, isMetaChunk, isMetaLine, jobIdLine, locationsInLine, parsePosted } from './meta';
import { isLocationText } from './locations';
import { cleanText, textOf } from '../text';

export interface JobCard {
  /** The card's own element in the document (the widget puts a "Save job" button beside it). */
  element: Element;
  job: Job;
}

interface PostingLink {
  anchor: Element;
  jobId: string;
  url: string;
}

/** Link texts that name an action, not the job. */
const GENERIC_LINK = /^(?:read more|learn more|more|more info(?:rmation)?|view(?: job| details| posting| role)?|see (?:job|details|more|role)|apply(?: now| here)?|details|job details|save(?: job)?|share|open)$/i;
const ITEM_TAGS = new Set(['li', 'article', 'tr', 'dd']);

/** The amazon.jobs posting an anchor links to (absolute, scheme-less or page-relative), or null. */
export function postingLink(anchor: Element, pageUrl: URL): PostingLink | null {
  const href = anchor.getAttribute('href')?.trim();
  // Cheap test first: pages have thousands of links and few are postings.
  if (!href || !/jobs\/\d/.test(href)) return null;
  let url: URL;
  try {
    url = new URL(/^(?:www\.)?amazon\.jobs\//i.test(href) ? `https://${href}` : href, pageUrl);
  } catch {
    return null;
  }
  const jobId = jobIdFromUrl(url);
  return jobId ? { anchor, jobId, url: canonicalUrl(url) } : null;
}

/** The application link of job `jobId` inside an element (amazon.jobs' "Apply now"). */
export function applyLink(scope: ParentNode, jobId: string, pageUrl: URL): string | null {
  let fallback: string | null = null;
  for (const anchor of Array.from(scope.querySelectorAll('a[href]'))) {
    let url: URL;
    try {
      url = new URL(anchor.getAttribute('href') ?? '', pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    const path = url.pathname.toLowerCase();
    if (/\/apply\b/.test(path) && path.includes(`/${jobId}/`)) return canonicalUrl(url);
    const label = `${anchor.id} ${anchor.getAttribute('class') ?? ''} ${textOf(anchor)}`;
    if (!fallback && /\bapply\b/i.test(label) && /(^|\.)amazon\.jobs$/i.test(url.hostname) && !jobIdFromUrl(url)) {
      fallback = canonicalUrl(url);
    }
  }
  return fallback;
}

/** The text on the same line as `anchor` inside its block, without the anchor's own text. */
function lineAround(anchor: Element): string {
  let block = anchor.parentElement;
  while (block && !isBlock(block)) block = block.parentElement;
  if (!block) return '';
  const lines: string[] = [''];
  let mine = -1;
  const walk = (node: Node): void => {
    if (node === anchor) {
      mine = lines.length - 1;
      return;
    }
    if (node.nodeType === 3) {
      lines[lines.length - 1] += node.nodeValue ?? '';
      return;
    }
    if (!isElement(node)) return;
    if (node.localName === 'br' || isBlock(node)) {
      lines.push('');
      walkChildren(node);
      lines.push('');
      return;
    }
    walkChildren(node);
  };
  const walkChildren = (node: Node) => {
    for (let child = node.firstChild; child; child = child.nextSibling) walk(child);
  };
  walkChildren(block);
  return mine >= 0 ? cleanText(lines[mine]) : '';
}

/** Whether the link is a card's title rather than a link inside a sentence of body text. */
function standsAlone(anchor: Element): boolean {
  if (closestHeading(anchor)) return true;
  const rest = chunks(lineAround(anchor)).filter((p) => !isLocationText(p) && !isMetaChunk(p));
  return rest.join(' ').split(/\s+/).filter((w) => /\p{L}/u.test(w)).length < 3;
}

function linkTitle(anchor: Element): string | null {
  const inner = firstHeading(anchor);
  if (inner) return textOf(inner) || null;
  const lines = textLines(anchor);
  if (lines.length > 1) return lines[0]?.text ?? null;
  const text = textOf(anchor);
  return text && !GENERIC_LINK.test(text) && !/^https?:\/\//i.test(text) ? text : null;
}

/** Whether `parent` holds anything besides `child`: text, a heading or a link. */
function addsContent(parent: Element, child: Element): boolean {
  for (let node = parent.firstChild; node; node = node.nextSibling) {
    if (node === child) continue;
    if (node.nodeType === 3 && cleanText(node.nodeValue)) return true;
    if (isElement(node) && (cleanText(node.textContent) || holdsHeadingOrLink(node))) return true;
  }
  return false;
}

/** Grows a card from its title link to the largest element that holds this posting and no other. */
function cardElement(link: PostingLink, title: string | null, others: PostingLink[], boundary: Node): Element {
  let el: Element = link.anchor;
  const titleOnly = (e: Element) => {
    const text = textOf(e);
    return !text || text === textOf(link.anchor) || text === title;
  };
  while (el !== boundary && !ITEM_TAGS.has(el.localName) && el.getAttribute('role') !== 'listitem') {
    const parent = el.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html' || parent.localName === 'main') break;
    if (!boundary.contains(parent)) break;
    if (others.some((o) => parent.contains(o.anchor))) break;
    if (!titleOnly(el) && addsContent(parent, el)) break;
    el = parent;
  }
  return el;
}

/** A title-only card element in a flat list reads its details from the siblings after it. */
function cardParts(el: Element, title: string | null, others: PostingLink[]): Element[] {
  const parts = [el];
  if (!isBlock(el) || textOf(el) !== title) return parts;
  const level = headingLevel(el);
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (others.some((o) => next!.contains(o.anchor))) break;
    const nextLevel = headingLevel(next);
    if (level && nextLevel && nextLevel <= level) break;
    parts.push(next);
  }
  return parts;
}

function cardLocations(lines: Line[]): Location[] {
  const found: Location[] = [];
  for (const line of lines) {
    for (const location of locationsInLine(line.text) ?? []) {
      if (!found.some((l) => l.raw === location.raw)) found.push(location);
    }
  }
  return found;
}

function readCard(link: PostingLink, parts: Element[], linkText: string | null, pageUrl: URL): Job {
  const lines = parts.flatMap((part) => textLines(part));
  const heading = parts[0] ? firstHeading(parts[0]) : null;
  const title = linkText ?? (heading ? textOf(heading) : null) ?? lines.find((l) => !isMetaLine(l.text))?.text ?? null;
  let titleSeen = false;
  const rest = lines.filter((line) => {
    if (!titleSeen && line.text === title) {
      titleSeen = true;
      return false;
    }
    if (isMetaLine(line.text) || GENERIC_LINK.test(line.text)) return false;
    return true;
  });
  return {
    ...emptyJob(link.jobId, link.url),
    title: title || null,
    locations: cardLocations(lines),
    company: lines.map((l) => jobIdLine(l.text, link.jobId)).find(Boolean)?.company ?? null,
    description: linesToText(rest),
    applyUrl: parts.map((p) => applyLink(p, link.jobId, pageUrl)).find(Boolean) ?? null,
    posted: lines.map((l) => parsePosted(l.text)).find(Boolean) ?? null,
  };
}

/**
 * The job cards under `root`, in document order, one per job id. Links to postings inside
 * running text are mentions, not cards. `element` is each card's own element in `root`'s document.
 */
export function findJobCards(root: ParentNode, pageUrl: URL): JobCard[] {
  // A posting page's links to itself (fragments, language switches) are not cards.
  const ownId = jobIdFromUrl(pageUrl);
  const links = Array.from(root.querySelectorAll('a[href]'))
    .map((a) => postingLink(a, pageUrl))
    .filter((l): l is PostingLink => !!l && l.jobId !== ownId);
  const byId = new Map<string, PostingLink[]>();
  for (const link of links) byId.set(link.jobId, [...(byId.get(link.jobId) ?? []), link]);
  const boundary: Node = isElement(root as Node) ? (root as Element) : ((root as Document).body ?? (root as Node));

  const cards: JobCard[] = [];
  for (const [jobId, own] of byId) {
    const alone = own.filter((l) => standsAlone(l.anchor));
    const primary = alone.find((l) => linkTitle(l.anchor) !== null) ?? alone[0];
    if (!primary) continue;
    const title = linkTitle(primary.anchor);
    const others = links.filter((l) => l.jobId !== jobId);
    const element = cardElement(primary, title, others, boundary);
    const job = readCard(primary, cardParts(element, title, others), title, pageUrl);
    cards.push({ element, job });
  }
  // Bitmask 4 is DOCUMENT_POSITION_FOLLOWING; the constant is spelled out for Node, where no DOM globals exist.
  return cards.sort((a, b) => (a.element === b.element ? 0 : a.element.compareDocumentPosition(b.element) & 4 ? -1 : 1));
}
