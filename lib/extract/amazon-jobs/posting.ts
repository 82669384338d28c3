// One amazon.jobs posting (kind "job"). Read from the page's labels and headings: the H1, the
// "Job ID: N | Entity" line, "Posted …", the location lines, and the "Description",
// "Basic Qualifications" and "Preferred Qualifications" sections. Structured data (JSON-LD, the
// embedded job record) fills only what the visible page lacks.
import type { Extractor, Job, Location } from '../../types';
import { canonicalUrl, jobIdFromUrl } from '../../url/canonical';
import { applyLink, findJobCards } from '../jobs/cards';
import { fragment, readJobData, type JobData } from './job-data';
import { isLocationLabel, isPostedLabel, jobIdLine, locationsInLine, parsePosted } from '../jobs/meta';
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
import { parseLocation } from '../jobs/locations';
import { cleanText, nonEmpty, parseDate, textOf } from '../text';

/** Page chrome that never holds the posting. */
const CHROME_TAGS = new Set(['header', 'nav', 'footer', 'form', 'dialog']);
const CHROME_ROLES = new Set(['navigation', 'banner', 'contentinfo', 'dialog', 'search']);

function isChrome(el: Element): boolean {
  return CHROME_TAGS.has(el.localName) || CHROME_ROLES.has(el.getAttribute('role') ?? '');
}

function inChrome(el: Element): boolean {
  for (let e: Element | null = el; e; e = e.parentElement) if (isChrome(e)) return true;
  return false;
}

interface Page {
  doc: Document;
  jobId: string;
  /** Every visible line of the page outside chrome and other postings' cards. */
  lines: Line[];
  skip: (el: Element) => boolean;
}

function readPage(doc: Document, url: URL, jobId: string): Page {
  const others = new Set(findJobCards(doc, url).filter((c) => c.job.jobId !== jobId).map((c) => c.element));
  const skip = (el: Element) => others.has(el) || isChrome(el);
  const lines = doc.body ? textLines(doc.body, skip) : [];
  return { doc, jobId, lines, skip };
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
function sectionsRoot(page: Page): Element | null {
  const labels = page.lines.filter((l) => sectionLabel(l.text));
  if (labels.length === 0) return null;
  const blocks = [...new Set(labels.map((l) => l.block))];
  if (blocks.length > 1) return commonAncestor(blocks);
  const only = blocks[0]!;
  return cleanText(only.textContent) === labels[0]!.text ? only.parentElement : only;
}

function visibleSections(page: Page): PostingSections | null {
  const root = sectionsRoot(page);
  if (!root) return null;
  const sections = splitSections(splitRunIns(textLines(root, (el) => page.skip(el) || el.localName === 'aside')));
  if (sections.description.length === 0) {
    // Without a "Description" label, the text before the first label is the description.
    sections.description = sections.lead.filter((l) => !isPageMeta(page, l.text));
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

function isPageMeta(page: Page, text: string): boolean {
  return jobIdLine(text, page.jobId) !== undefined || parsePosted(text) !== null || locationsInLine(text) !== null || text === pageTitle(page);
}

function pageTitle(page: Page): string | null {
  const h1 = Array.from(page.doc.querySelectorAll('h1')).find((h) => !inChrome(h) && textOf(h));
  return h1 ? textOf(h1) : null;
}

function headTitle(doc: Document): string | null {
  const og = doc.querySelector('meta[property="og:title"]')?.getAttribute('content');
  const title = og ?? doc.querySelector('title')?.textContent;
  return nonEmpty(title?.replace(/\s*[-|]\s*Job ID:.*$/i, '').replace(/\s*[|-]\s*Amazon\.jobs\s*$/i, ''));
}

function company(page: Page): string | null | undefined {
  for (const line of page.lines) {
    const found = jobIdLine(line.text, page.jobId);
    if (found) return found.company;
  }
  return undefined;
}

function posted(page: Page): string | null {
  for (const [i, line] of page.lines.entries()) {
    const date = parsePosted(line.text);
    if (date) return date;
    const next = page.lines[i + 1];
    if (next && isPostedLabel(line.text)) {
      const labelled = parseDate(next.text);
      if (labelled) return labelled;
    }
  }
  return null;
}

/** Lines that are only locations, and the lines listed under a "Location" label. */
function locations(page: Page): Location[] {
  const found: Location[] = [];
  const add = (location: Location) => {
    if (location.raw && !found.some((l) => l.raw === location.raw)) found.push(location);
  };
  let underLabel = false;
  for (const line of page.lines) {
    if (line.heading === 1) continue;
    if (isLocationLabel(line.text)) {
      underLabel = true;
      continue;
    }
    const inLine = locationsInLine(line.text);
    if (inLine) {
      inLine.forEach(add);
      continue;
    }
    if (underLabel && line.item && line.text.length <= 60) {
      add(parseLocation(line.text));
      continue;
    }
    underLabel = false;
  }
  return found;
}

function hasPostingContent(doc: Document, jobId: string): boolean {
  const text = doc.body?.textContent ?? '';
  if (new RegExp(`Job[- ]?ID\\s*:?\\s*${jobId}\\b`, 'i').test(text)) return true;
  if (readJobData(doc, jobId)?.title) return true;
  return !!doc.querySelector('h1') && /\b(?:basic|preferred) qualifications\b/i.test(text);
}

function readPosting(doc: Document, url: URL, jobId: string): Job {
  const page = readPage(doc, url, jobId);
  const data = readJobData(doc, jobId);
  const fromData = dataSections(doc, data);
  const sections = visibleSections(page) ?? fromData;
  const description = sections?.description ?? [];
  const fallbackText = doc.querySelector('meta[property="og:description"], meta[name="description"]')?.getAttribute('content');
  const basic = sections ? listItems(sections.basic) : [];
  const preferred = sections ? listItems(sections.preferred) : [];
  const visibleLocations = locations(page);
  return {
    kind: 'job',
    jobId,
    url: canonicalUrl(url),
    title: pageTitle(page) ?? data?.title ?? headTitle(doc),
    locations: visibleLocations.length ? visibleLocations : (data?.locations ?? []).map(parseLocation),
    company: company(page) ?? data?.company ?? null,
    description: description.length ? linesToText(description) : cleanText(fallbackText),
    responsibilities: responsibilitiesFrom(description),
    basicQualifications: basic.length || !fromData ? basic : listItems(fromData.basic),
    preferredQualifications: preferred.length || !fromData ? preferred : listItems(fromData.preferred),
    applyUrl: applyLink(doc, jobId, url) ?? data?.applyUrl ?? null,
    posted: posted(page) ?? parseDate(data?.posted),
    pay: [],
  };
}

export const amazonJobsPosting: Extractor = {
  name: 'amazon.jobs posting',
  detect(doc, url) {
    const jobId = jobIdFromUrl(url);
    return jobId && hasPostingContent(doc, jobId) ? 'job' : null;
  },
  extract(doc, url) {
    const jobId = jobIdFromUrl(url);
    return jobId ? readPosting(doc, url, jobId) : { kind: null, url: canonicalUrl(url) };
  },
};
