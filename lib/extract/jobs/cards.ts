// Job cards: the postings a page lists ("Work with us" on amazon.science, the careers list,
// amazon.jobs search results). A card is found by meaning: a link to an amazon.jobs posting that
// stands on its own (not a link inside a sentence), grown into the largest element around it that
// holds no other posting.
import type { Job, Location } from '../../types';
import { canonicalUrl, jobIdFromUrl } from '../../url/canonical';
import {
  closestHeading,
  firstHeading,
  headingLevel,
  holdsHeadingOrLink,
  isBlock,
  isBefore,
  isElement,
  linesToText,
  responsibilitiesFrom,
  splitRunIns,
  textLines,
  type Line,
} from './sections';
import { emptyJob } from './empty-job';
import { isBareDate, parseListingDate } from './dates';
import {
  chunks,
  fieldLabel,
  isMetaChunk,
  isMetaLine,
  jobIdLine,
  lineFields,
  locationsInLine,
  parsePosted,
  type Field,
  type FieldKind,
} from './meta';
import { isLocationText, parseLocation, parseLocations } from './locations';
import { cleanText, textOf } from '../text';

export interface JobCard {
  /** The card's own element in the document (the widget puts a "Save job" button beside it). */
  element: Element;
  jobId: string;
  /** The job's title as the card shows it: its `job.title`, known without reading the rest. */
  title: string | null;
  /**
   * The card's job, read from the card the first time it is asked for: a page's cards are found
   * for their buttons, and a posting's reading finds the other postings it lists, but a card is
   * read whole only when it is saved (or its list is): reading every card whole was nearly a
   * third of our reading of a job page in CPU profiles (8 of 28 ms, cold, over nine pages).
   */
  readonly job: Job;
}

interface PostingLink {
  anchor: Element;
  jobId: string;
  url: string;
}

/** Link texts that name an action, not the job. */
const GENERIC_LINK =
  /^(?:read more|learn more|more|more info(?:rmation)?|view(?: job| details| posting| role)?|see (?:job|details|more|role)|apply(?: now| here)?|details|job details|save(?: job)?|share|open)$/i;
const ITEM_TAGS = new Set(['li', 'article', 'tr', 'dd']);

/** The amazon.jobs posting an anchor links to (absolute, scheme-less or page-relative), or null. */
export function postingLink(anchor: Element, pageUrl: URL): PostingLink | null {
  const href = anchor.getAttribute('href')?.trim();
  // Cheap test first: pages have thousands of links and few are postings. A link relative to a
  // posting's folder ("../1730719/applied-scientist", "1730719/x") names no "jobs/" of its own.
  if (!href || !(/jobs\/\d/.test(href) || (/^(?:\.\.?\/)*\d/.test(href) && pageUrl.pathname.includes('jobs/')))) return null;
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
    const href = anchor.getAttribute('href') ?? '';
    const label = `${anchor.id} ${anchor.getAttribute('class') ?? ''} ${textOf(anchor)}`;
    // Cheap test first: parsing every link's address is what costs on a page of thousands.
    const applyHref = /\/apply\b/i.test(href);
    if (!applyHref && !/\bapply\b/i.test(label)) continue;
    let url: URL;
    try {
      url = new URL(href, pageUrl);
    } catch {
      continue;
    }
    if (!/^https?:$/.test(url.protocol)) continue;
    const path = url.pathname.toLowerCase();
    if (applyHref && /\/apply\b/.test(path) && path.includes(`/${jobId}/`)) return canonicalUrl(url);
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

/** How many words of `texts` hold a letter. */
function letterWords(texts: string[]): number {
  return texts
    .join(' ')
    .split(/\s+/)
    .filter((w) => /\p{L}/u.test(w)).length;
}

/** Whether the link is a card's title rather than a link inside a sentence of body text. */
function standsAlone(anchor: Element): boolean {
  if (closestHeading(anchor)) return true;
  const parts = chunks(lineAround(anchor));
  // Places and metadata are taken out only to count what is left: a line of fewer than three
  // words stands alone as it is, and most card links' lines are that short.
  return letterWords(parts) < 3 || letterWords(parts.filter((p) => !isLocationText(p) && !isMetaChunk(p))) < 3;
}

function linkTitle(anchor: Element): string | null {
  const inner = firstHeading(anchor);
  if (inner) return textOf(inner) || null;
  const [first, ...others] = textLines(anchor);
  if (!first) return null;
  if (others.length) return first.text;
  // A link around the title and its location (<span>Title</span><span>US, WA, Seattle</span>) is titled by the rest.
  const named = first.segments.filter((s) => !isMetaLine(s) && !isLocationText(s));
  const text = named.length && named.length < first.segments.length ? named.join(' ') : first.text;
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

/**
 * Which posting each element holds, for every element around a posting link: its job id, or
 * SEVERAL when it holds more than one. Computed once per page, so growing thousands of cards
 * never searches the page again.
 */
type Owners = Map<Element, string>;
const SEVERAL = '';

function owners(links: PostingLink[], boundary: Node): Owners {
  const owner: Owners = new Map();
  for (const link of links) {
    for (let el: Element | null = link.anchor; el; el = el.parentElement) {
      const seen = owner.get(el);
      if (seen === link.jobId || seen === SEVERAL) break;
      owner.set(el, seen === undefined ? link.jobId : SEVERAL);
      if (el === boundary) break;
    }
  }
  return owner;
}

/** Whether `el` holds a posting other than `jobId`. */
function holdsOther(owner: Owners, el: Element, jobId: string): boolean {
  const held = owner.get(el);
  return held !== undefined && held !== jobId;
}

/** The page's main content (an outermost <main>): never one card, even when it lists only one posting. */
function isPageMain(el: Element): boolean {
  return el.localName === 'main' && !el.parentElement?.closest('main');
}

/** Grows a card from its title link to the largest element that holds this posting and no other. */
function cardElement(link: PostingLink, title: string | null, owner: Owners, boundary: Node): Element {
  let el: Element = link.anchor;
  const titleOnly = (e: Element) => {
    const text = textOf(e);
    return !text || text === textOf(link.anchor) || text === title;
  };
  while (el !== boundary && !ITEM_TAGS.has(el.localName) && el.getAttribute('role') !== 'listitem') {
    const parent = el.parentElement;
    if (!parent || parent.localName === 'body' || parent.localName === 'html' || isPageMain(parent)) break;
    if (!boundary.contains(parent)) break;
    if (holdsOther(owner, parent, link.jobId)) break;
    if (!titleOnly(el) && addsContent(parent, el)) break;
    el = parent;
  }
  return el;
}

/** A title-only card element in a flat list reads its details from the siblings after it. */
function cardParts(el: Element, title: string | null, jobId: string, owner: Owners): Element[] {
  const parts = [el];
  if (!isBlock(el) || textOf(el) !== title) return parts;
  const level = headingLevel(el);
  for (let next = el.nextElementSibling; next; next = next.nextElementSibling) {
    if (holdsOther(owner, next, jobId)) break;
    const nextLevel = headingLevel(next);
    if (level && nextLevel && nextLevel <= level) break;
    parts.push(next);
  }
  return parts;
}

type ColumnLabels = (FieldKind | null)[];

/** The header of each column of `table` ("Location", "Date", "Job ID"). */
function headerLabels(table: Element | null): ColumnLabels {
  const header =
    table?.querySelector('thead tr') ??
    Array.from(table?.querySelectorAll('tr') ?? []).find((tr) => tr.querySelector('th') && !tr.querySelector('td'));
  return header ? Array.from(header.children).map((cell) => fieldLabel(textOf(cell))) : [];
}

/**
 * The column labels of a card that is a table row, read when the card is found, once per table:
 * the card itself is read later (when saved), by which time the page may have taken the row out
 * of its table, and a row alone has no header.
 */
function columnReader(): (parts: Element[]) => ColumnLabels | null {
  const byTable = new Map<Element | null, ColumnLabels>();
  return (parts) => {
    const row = parts[0]?.localName === 'tr' ? parts[0] : null;
    if (!row) return null;
    const table = row.closest('table');
    let labels = byTable.get(table);
    if (!labels) byTable.set(table, (labels = headerLabels(table)));
    return labels;
  };
}

/**
 * What a card states as label and value (see lineFields), and for a table row, each cell under
 * its column's header. `used` collects the lines that were labels or values, so they stay out
 * of the teaser.
 */
function cardFields(parts: Element[], columns: ColumnLabels | null, lines: Line[], used: Set<Line>): Field[] {
  const fields: Field[] = [];
  const row = columns && parts[0];
  if (row) {
    Array.from(row.children).forEach((cell, i) => {
      const kind = columns[i];
      if (!kind) return;
      for (const line of textLines(cell)) fields.push({ kind, value: line.text });
      for (const line of lines) if (cell.contains(line.block)) used.add(line);
    });
  }
  return [...fields, ...lineFields(lines, used)];
}

function addLocation(found: Location[], location: Location): void {
  if (location.raw && !found.some((l) => l.raw === location.raw)) found.push(location);
}

/** Lines (or <span>s of a line) that are locations, then the values under a "Location" label. */
function cardLocations(lines: Line[], fields: Field[]): Location[] {
  const found: Location[] = [];
  for (const line of lines) {
    const inLine = locationsInLine(line.text) ?? line.segments.filter(isLocationText).map(parseLocation);
    inLine.forEach((location) => addLocation(found, location));
  }
  for (const field of fields) {
    if (field.kind !== 'location') continue;
    const listed = parseLocations(field.value);
    if (listed.length) listed.forEach((location) => addLocation(found, location));
    else if (field.value.length <= 60 && !/[.!?]$/.test(field.value)) addLocation(found, parseLocation(field.value));
  }
  return found;
}

/** "Posted …" (labelled), else a date that stands alone on the card and is not its "Updated" date. */
function cardPosted(lines: Line[], fields: Field[]): string | null {
  const labelled = fields.find((f) => f.kind === 'posted' && parseListingDate(f.value));
  if (labelled) return parseListingDate(labelled.value);
  const inline = lines.map((l) => parsePosted(l.text)).find(Boolean);
  if (inline) return inline;
  const updated = new Set(fields.filter((f) => f.kind === 'updated').map((f) => f.value));
  const bare = lines.flatMap((l) => [l.text, ...l.segments]).find((text) => isBareDate(text) && !updated.has(text));
  return bare ? parseListingDate(bare) : null;
}

/** Whether a line says nothing but the card's metadata: title, locations, id, dates, labels. */
function isCardMeta(line: Line, title: string | null, jobId: string): boolean {
  const meta = (text: string) =>
    text === title || text === jobId || isMetaLine(text) || GENERIC_LINK.test(text) || !/[\p{L}\p{N}]/u.test(text) || isLocationText(text);
  return meta(line.text) || (line.segments.length > 1 && line.segments.every(meta));
}

/** The card's title: its link's, else its heading's, else its first line that is no metadata. */
function cardTitle(parts: Element[], linkText: string | null, lines: () => Line[]): string | null {
  const heading = parts[0] ? firstHeading(parts[0]) : null;
  return linkText ?? (heading ? textOf(heading) : null) ?? lines().find((l) => !isMetaLine(l.text))?.text ?? null;
}

function readCard(
  link: PostingLink,
  parts: Element[],
  columns: ColumnLabels | null,
  lines: Line[],
  title: string | null,
  pageUrl: URL,
): Job {
  const used = new Set<Line>();
  const fields = cardFields(parts, columns, lines, used);
  let titleSeen = false;
  const rest = lines.filter((line) => {
    if (!titleSeen && line.text === title) {
      titleSeen = true;
      return false;
    }
    return !used.has(line) && !isCardMeta(line, title, link.jobId);
  });
  const idLine = lines.map((l) => jobIdLine(l.text, link.jobId)).find(Boolean);
  return {
    ...emptyJob(link.jobId, link.url),
    title: title || null,
    locations: cardLocations(lines, fields),
    company: idLine?.company ?? null,
    description: linesToText(rest),
    responsibilities: responsibilitiesFrom(splitRunIns(rest)),
    applyUrl: parts.map((p) => applyLink(p, link.jobId, pageUrl)).find(Boolean) ?? null,
    posted: cardPosted(lines, fields),
  };
}

/**
 * The link a posting's card grows from: its first link that stands alone and names the job, else
 * its first link that stands alone (an image or "View job" link); null when every link to it is
 * a mention in running text. Each link is looked at once, in order, until one names the job.
 */
function primaryLink(links: PostingLink[]): { link: PostingLink; title: string | null } | null {
  let firstAlone: PostingLink | null = null;
  for (const link of links) {
    if (!standsAlone(link.anchor)) continue;
    firstAlone ??= link;
    const title = linkTitle(link.anchor);
    if (title !== null) return { link, title };
  }
  return firstAlone && { link: firstAlone, title: null };
}

/**
 * The job cards under `root`, in document order, one per job id. Links to postings inside
 * running text are mentions, not cards. `element` is each card's own element in `root`'s document.
 */
export function findJobCards(root: ParentNode, pageUrl: URL): JobCard[] {
  // A posting page's links to itself (fragments, language switches) are not cards.
  const ownId = jobIdFromUrl(pageUrl);
  const links: PostingLink[] = [];
  const byId = new Map<string, PostingLink[]>();
  for (const anchor of Array.from(root.querySelectorAll('a[href]'))) {
    const link = postingLink(anchor, pageUrl);
    if (!link || link.jobId === ownId) continue;
    links.push(link);
    const own = byId.get(link.jobId);
    if (own) own.push(link);
    else byId.set(link.jobId, [link]);
  }
  if (links.length === 0) return [];
  const boundary: Node = isElement(root as Node) ? (root as Element) : ((root as Document).body ?? (root as Node));
  const owner = owners(links, boundary);
  const columnsOf = columnReader();

  const cards: JobCard[] = [];
  for (const [jobId, own] of byId) {
    const chosen = primaryLink(own);
    if (!chosen) continue;
    const { link: primary, title: linkText } = chosen;
    const element = cardElement(primary, linkText, owner, boundary);
    const parts = cardParts(element, linkText, jobId, owner);
    const columns = columnsOf(parts);
    let lines: Line[] | null = null;
    const partLines = () => (lines ??= parts.flatMap((part) => textLines(part)));
    const title = cardTitle(parts, linkText, partLines);
    let job: Job | null = null;
    cards.push({
      element,
      jobId,
      title: title || null,
      get job() {
        return (job ??= readCard(primary, parts, columns, partLines(), title, pageUrl));
      },
    });
  }
  return cards.sort((a, b) => (a.element === b.element ? 0 : isBefore(a.element, b.element) ? -1 : 1));
}
