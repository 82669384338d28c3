// One amazon.jobs posting (kind "job"), in any of the site's templates and locales. Read from
// what the page says, not from its classes: the H1, the id line ("Job ID: N | Entity", or the
// same facts as labels and values), "Posted …", the location lines, the sections under the
// "Description" / "Basic qualifications" / "Preferred qualifications" headings (localised too),
// and the base-pay lines. Structured data (JSON-LD, the embedded job record) fills only what the
// visible page lacks.
import type { Extractor, Job, Location, PayRange } from '../../types';
import { canonicalUrl, jobIdFromUrl } from '../../url/canonical';
import { applyLink, findJobCards, type JobCard } from '../jobs/cards';
import { inChrome, isChrome } from '../jobs/chrome';
import { fragment, readJobData, type JobData } from './job-data';
import { isBareDate, parseListingDate } from '../jobs/dates';
import { fieldLabel, isLocationLabel, isMetaChunk, jobIdLine, lineFields, locationsInLine, parsePosted, type Field } from '../jobs/meta';
import { readPay } from '../jobs/pay';
import { looksLikePosting } from '../jobs/posting-landmarks';
import {
  listItems,
  linesToText,
  responsibilitiesFrom,
  sectionLabel,
  splitRunIns,
  splitSections,
  textLines,
  type Line,
  type PostingSections,
} from '../jobs/sections';
import { isLocationText, parseLocation } from '../jobs/locations';
import { cleanText, nonEmpty, textOf } from '../text';

interface Page {
  doc: Document;
  jobId: string;
  /** Every visible line of the page outside chrome and other postings' cards. */
  lines: Line[];
  /** What those lines state as label and value, and the lines that were labels or values. */
  fields: Field[];
  used: Set<Line>;
  skip: (el: Element) => boolean;
  /** The other postings the page lists ("Similar jobs"): read once, for the clip and the page's buttons. */
  cards: JobCard[];
}

function readPage(doc: Document, url: URL, jobId: string): Page {
  const cards = findJobCards(doc, url).filter((c) => c.jobId !== jobId);
  const others = new Set(cards.map((c) => c.element));
  const skip = (el: Element) => others.has(el) || isChrome(el);
  const lines = doc.body ? textLines(doc.body, skip) : [];
  const used = new Set<Line>();
  const fields = lineFields(lines, used);
  return { doc, jobId, lines, fields, used, skip, cards };
}

function commonAncestor(elements: Element[]): Element | null {
  const [first, ...rest] = elements;
  for (let el: Element | null = first ?? null; el; el = el.parentElement) {
    if (rest.every((e) => el!.contains(e))) return el;
  }
  return null;
}

/**
 * The element that holds the posting's sections: the common ancestor of the section labels, or,
 * with a single label written as a heading, the heading's parent.
 */
function sectionsRoot(labels: Line[]): Element | null {
  if (labels.length === 0) return null;
  const blocks = [...new Set(labels.map((l) => l.block))];
  if (blocks.length > 1) return commonAncestor(blocks);
  const only = blocks[0]!;
  return cleanText(only.textContent) === labels[0]!.text ? only.parentElement : only;
}

function visibleSections(page: Page): PostingSections | null {
  const labels = page.lines.filter((l) => sectionLabel(l.text));
  const root = sectionsRoot(labels);
  if (!root) return null;
  // An <aside> among the sections is a sidebar (job category, team), unless it holds a section's
  // heading or is the body right after one.
  const sidebar = (el: Element) =>
    el.localName === 'aside' && !labels.some((l) => el.contains(l.block) || l.block.nextElementSibling === el);
  const sections = splitSections(splitRunIns(textLines(root, (el) => page.skip(el) || sidebar(el))));
  if (sections.description.length === 0) {
    // Without a "Description" label, the text before the first label is the description.
    sections.description = sections.lead.filter((l) => !isPageMeta(page, l));
  }
  return sections;
}

function dataSections(doc: Document, data: JobData | null): PostingSections | null {
  if (!data?.description) return null;
  const sections = splitSections(splitRunIns(textLines(fragment(doc, data.description))));
  sections.description = [...sections.lead, ...sections.description];
  if (data.basic) sections.basic = textLines(fragment(doc, data.basic));
  if (data.preferred) sections.preferred = textLines(fragment(doc, data.preferred));
  return sections;
}

function isPageMeta(page: Page, line: Line): boolean {
  const text = line.text;
  return (
    page.used.has(line) ||
    jobIdLine(text, page.jobId) !== undefined ||
    parsePosted(text) !== null ||
    locationsInLine(text) !== null ||
    isBareDate(text) ||
    text === pageTitle(page)
  );
}

/**
 * The posting's title: its H1 (or the element that says it is one) outside the page chrome;
 * else the first heading above the posting's sections that is not itself a label.
 */
function pageTitle(page: Page): string | null {
  const { doc } = page;
  const candidates = [...Array.from(doc.querySelectorAll('h1')), ...Array.from(doc.querySelectorAll('[role="heading"][aria-level="1"]'))];
  const h1 = candidates.find((h) => !inChrome(h) && textOf(h));
  if (h1) return textOf(h1);
  for (const line of page.lines) {
    if (sectionLabel(line.text)) break;
    if (line.heading && !page.used.has(line) && !fieldLabel(line.text)) return line.text;
  }
  return null;
}

/** og:title or <title>, without the site's name and the "- Job ID: N" that amazon.jobs appends (in any language). */
function headTitle(doc: Document, jobId: string): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = og ?? doc.querySelector('title')?.textContent;
  return nonEmpty(title?.replace(new RegExp(`\\s*[-|]\\s*[^-|]*\\b${jobId}\\b.*$`), '').replace(/\s*[|-]\s*Amazon\.jobs\s*$/i, ''));
}

/** A legal entity's name: "Amazon.com Services LLC", "Amazon Development Centre Canada ULC", "ADCI - Karnataka". */
const ENTITY =
  /\b(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|SARL|S\.?A\.?S\.?|S\.?L\.?U?\.?|S\.?A\.?|B\.?V\.?|ULC|LLP|LP|Pvt\.?|Private|Corp(?:oration)?\.?|K\.?K\.?|G\.?K\.?|S\.?r\.?l\.?|AG|AB|Oy|Pty|PLC|Amazon|AWS|ADCI|A2Z)\b/;

/** A company's legal form: what tells "Amazon.com Services LLC" from a sentence about Amazon. */
const LEGAL_FORM =
  /\b(?:LLC|L\.L\.C\.|Inc\.?|Ltd\.?|Limited|GmbH|SARL|S\.A\.S\.?|S\.L\.U?\.?|S\.A\.|B\.V\.|ULC|LLP|Pvt\.?|Corp(?:oration)?\.?|K\.K\.|G\.K\.|S\.r\.l\.|AG|AB|Oy|Pty|PLC)(?=\W|$)/;

function looksLikeEntity(text: string | undefined): text is string {
  const value = cleanText(text);
  return !!value && value.length <= 80 && ENTITY.test(value) && !/[.!?]\s/.test(value) && !isMetaChunk(value) && !isLocationText(value);
}

/**
 * The legal entity: after "Job ID: N |" on the id line; else under a "Company" label; else the
 * field beside the id (<span>Job ID: N</span><span>Entity</span>). Undefined when the page shows
 * no id line, so structured data may fill it; null when the id line names no entity.
 */
function company(page: Page): string | null | undefined {
  let idLineSeen = false;
  for (const [i, line] of page.lines.entries()) {
    const found = jobIdLine(line.text, page.jobId);
    if (found?.company) return found.company;
    if (!found) continue;
    idLineSeen = true;
    // "Job ID: N<br>Amazon.com Services LLC": a legal name alone on the next line.
    const next = page.lines[i + 1]?.text;
    if (next && LEGAL_FORM.test(next) && looksLikeEntity(next)) return next;
  }
  const labelled = page.fields.find((f) => f.kind === 'company' && looksLikeEntity(f.value));
  if (labelled) return cleanText(labelled.value);
  for (const line of page.lines) {
    const at = line.segments.findIndex((s) => jobIdLine(s, page.jobId) !== undefined || s === page.jobId);
    const beside = at >= 0 ? line.segments[at + 1] : undefined;
    if (looksLikeEntity(beside)) return cleanText(beside);
  }
  const idField = page.fields.some((f) => f.kind === 'jobId' && cleanText(f.value) === page.jobId);
  return idLineSeen || idField ? null : undefined;
}

/**
 * "Posted …" in any of its forms, labelled; else a date standing alone in the posting's header
 * (before its sections), which is what the page shows beside the title.
 */
function posted(page: Page): string | null {
  const labelled = page.fields.find((f) => f.kind === 'posted' && parseListingDate(f.value));
  if (labelled) return parseListingDate(labelled.value);
  for (const line of page.lines) {
    const date = parsePosted(line.text);
    if (date) return date;
  }
  const updated = new Set(page.fields.filter((f) => f.kind === 'updated').map((f) => f.value));
  for (const line of page.lines) {
    if (sectionLabel(line.text)) break;
    const bare = [line.text, ...line.segments].find((text) => isBareDate(text) && !updated.has(text));
    if (bare) return parseListingDate(bare);
  }
  return null;
}

/**
 * Lines (or a short line's <span>s) that are only locations, and the values of a "Location" label
 * after the posting's title: a label above the H1 belongs to the site's header (its menu's
 * "Locations"), and a label that is a link is a menu entry.
 */
function locations(page: Page): Location[] {
  const found: Location[] = [];
  const add = (location: Location) => {
    if (location.raw && !found.some((l) => l.raw === location.raw)) found.push(location);
  };
  const title = page.lines.findIndex((l) => l.heading === 1);
  const header = new Set(page.lines.slice(0, Math.max(title, 0)));
  let underLabel = false;
  for (const line of page.lines) {
    if (line.heading === 1) continue;
    if (isLocationLabel(line.text)) {
      underLabel = !line.link && !header.has(line);
      continue;
    }
    const inLine = locationsInLine(line.text) ?? (line.text.length <= 120 ? line.segments.filter(isLocationText).map(parseLocation) : []);
    if (inLine.length) {
      inLine.forEach(add);
      continue;
    }
    if (underLabel && (line.item || line.block.localName === 'dd') && line.text.length <= 60) {
      add(parseLocation(line.text));
      continue;
    }
    underLabel = false;
  }
  // A value on the line after its label (<dt>Location</dt><dd>…</dd>, a label <div> above it).
  for (const field of page.fields) {
    if (field.kind !== 'location' || (field.line && header.has(field.line))) continue;
    if (field.value.length <= 60 && !/[.!?]$/.test(field.value)) add(parseLocation(field.value));
  }
  return found;
}

/** Pay as the page states it; else as the embedded record's text or the JSON-LD states it. */
function pay(page: Page, data: JobData | null): PayRange[] {
  const visible = readPay(page.lines.map((l) => l.text));
  if (visible.length || !data) return visible;
  const texts = [data.description, data.basic, data.preferred]
    .filter((t): t is string => !!t)
    .flatMap((t) => textLines(fragment(page.doc, t)).map((l) => l.text));
  const fromText = readPay(texts);
  return fromText.length ? fromText : data.pay;
}

/** The posting and the other postings it lists, from one reading of the page. */
export function readPostingPage(doc: Document, url: URL, jobId: string): { job: Job; cards: JobCard[] } {
  const page = readPage(doc, url, jobId);
  const data = readJobData(doc, jobId);
  const fromData = dataSections(doc, data);
  const sections = visibleSections(page) ?? fromData;
  const description = sections?.description ?? [];
  const fallbackText = doc.querySelector('meta[property="og:description"], meta[name="description"]')?.getAttribute('content');
  const basic = sections ? listItems(sections.basic) : [];
  const preferred = sections ? listItems(sections.preferred) : [];
  const visibleLocations = locations(page);
  const job: Job = {
    kind: 'job',
    jobId,
    url: canonicalUrl(url),
    title: pageTitle(page) ?? data?.title ?? headTitle(doc, jobId),
    locations: visibleLocations.length ? visibleLocations : (data?.locations ?? []).map(parseLocation),
    company: company(page) ?? data?.company ?? null,
    description: description.length ? linesToText(description) : cleanText(fallbackText),
    responsibilities: responsibilitiesFrom(description),
    basicQualifications: basic.length || !fromData ? basic : listItems(fromData.basic),
    preferredQualifications: preferred.length || !fromData ? preferred : listItems(fromData.preferred),
    applyUrl: applyLink(doc, jobId, url) ?? data?.applyUrl ?? null,
    posted: posted(page) ?? parseListingDate(data?.posted),
    pay: pay(page, data),
  };
  return { job, cards: page.cards };
}

export const amazonJobsPosting: Extractor = {
  name: 'amazon.jobs posting',
  detect(doc, url) {
    const jobId = jobIdFromUrl(url);
    return jobId && looksLikePosting(doc, jobId) ? 'job' : null;
  },
  extract(doc, url) {
    const jobId = jobIdFromUrl(url);
    return jobId ? readPostingPage(doc, url, jobId).job : { kind: null, url: canonicalUrl(url) };
  },
};
