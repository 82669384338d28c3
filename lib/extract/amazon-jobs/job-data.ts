// Structured job data a posting page may carry besides its visible text: a JSON-LD JobPosting
// (schema.org) or the job record amazon.jobs embeds for its scripts (the fields of its search API:
// id_icims, title, location, posted_date, company_name, description, basic_qualifications, …).
// Used to fill what the visible page does not show; the visible page wins.
import { parseHtml } from '../parse-html';
import type { PayRange } from '../../types';
import { nonEmpty } from '../text';

export interface JobData {
  title: string | null;
  company: string | null;
  posted: string | null;
  locations: string[];
  applyUrl: string | null;
  /** HTML (or plain text) of each part of the posting. */
  description: string | null;
  basic: string | null;
  preferred: string | null;
  /** schema.org's baseSalary, when it names a range, a currency and a unit. */
  pay: PayRange[];
}

type Json = Record<string, unknown>;

const MAX_NODES = 20000;

function isObject(value: unknown): value is Json {
  return !!value && typeof value === 'object' && !Array.isArray(value);
}

function str(value: unknown): string | null {
  return typeof value === 'string' || typeof value === 'number' ? nonEmpty(String(value)) : null;
}

/** Depth-first search of parsed JSON for the first object that satisfies `match`. */
function findObject(root: unknown, match: (o: Json) => boolean): Json | null {
  const stack: unknown[] = [root];
  let visited = 0;
  while (stack.length && visited++ < MAX_NODES) {
    const value = stack.pop();
    if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push(value[i]);
    } else if (isObject(value)) {
      if (match(value)) return value;
      const children = Object.values(value);
      for (let i = children.length - 1; i >= 0; i--) stack.push(children[i]);
    } else if (typeof value === 'string' && /^\s*[[{]/.test(value) && value.length < 200000) {
      // Some records nest JSON encoded as a string (amazon.jobs' "locations").
      const parsed = parseJson(value);
      if (parsed !== undefined) stack.push(parsed);
    }
  }
  return null;
}

function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}

function hasType(o: Json, type: string): boolean {
  const t = o['@type'];
  return t === type || (Array.isArray(t) && t.includes(type));
}

function placeText(place: unknown): string | null {
  if (typeof place === 'string') return nonEmpty(place);
  if (!isObject(place)) return null;
  const address = isObject(place.address) ? place.address : place;
  const country = isObject(address.addressCountry) ? str(address.addressCountry.name) : str(address.addressCountry);
  const parts = [country, str(address.addressRegion), str(address.addressLocality)].filter((p): p is string => !!p);
  return parts.length ? parts.join(', ') : str(place.name);
}

const UNITS: Record<string, PayRange['period']> = { YEAR: 'year', MONTH: 'month', HOUR: 'hour' };

function num(value: unknown): number | null {
  const n = typeof value === 'number' ? value : typeof value === 'string' ? Number(value.replace(/,/g, '')) : NaN;
  return Number.isFinite(n) && n >= 0 ? n : null;
}

/** schema.org MonetaryAmount: { currency, value: { minValue, maxValue, unitText } }. */
function baseSalary(salary: unknown): PayRange[] {
  if (!isObject(salary)) return [];
  const value = isObject(salary.value) ? salary.value : salary;
  const currency = str(salary.currency)?.toUpperCase() ?? null;
  const period = UNITS[str(value.unitText)?.toUpperCase() ?? ''];
  const min = num(value.minValue) ?? num(value.value);
  const max = num(value.maxValue) ?? num(value.value);
  if (!currency || !/^[A-Z]{3}$/.test(currency) || !period || min === null || max === null || min > max) return [];
  return [{ location: null, min, max, currency, period }];
}

function fromJsonLd(doc: Document): JobData | null {
  for (const script of Array.from(doc.querySelectorAll('script[type="application/ld+json"]'))) {
    const posting = findObject(parseJson(script.textContent ?? ''), (o) => hasType(o, 'JobPosting'));
    if (!posting) continue;
    const org = posting.hiringOrganization;
    const places = Array.isArray(posting.jobLocation) ? posting.jobLocation : posting.jobLocation ? [posting.jobLocation] : [];
    return {
      title: str(posting.title),
      company: isObject(org) ? str(org.legalName) : null,
      posted: str(posting.datePosted),
      locations: places.map(placeText).filter((p): p is string => !!p),
      applyUrl: null,
      description: str(posting.description),
      basic: str(posting.qualifications) ?? str(posting.experienceRequirements),
      preferred: null,
      pay: baseSalary(posting.baseSalary),
    };
  }
  return null;
}

function embeddedLocations(record: Json): string[] {
  const list = record.locations;
  if (Array.isArray(list)) {
    const names = list
      .map((item) => (typeof item === 'string' ? (parseJson(item) ?? item) : item))
      .map((item) => (isObject(item) ? (str(item.normalizedLocation) ?? str(item.location)) : str(item)))
      .filter((p): p is string => !!p);
    if (names.length) return names;
  }
  const one = str(record.location) ?? str(record.normalized_location);
  return one ? [one] : [];
}

function fromEmbedded(doc: Document, jobId: string): JobData | null {
  const sources = [
    ...Array.from(doc.querySelectorAll('[data-react-props]')).map((el) => el.getAttribute('data-react-props') ?? ''),
    ...Array.from(doc.querySelectorAll('script[type="application/json"], script#__NEXT_DATA__')).map((s) => s.textContent ?? ''),
  ];
  for (const source of sources) {
    const record = findObject(
      parseJson(source),
      (o) => [o.id_icims, o.job_id, o.jobId].some((id) => str(id) === jobId) && str(o.title) !== null,
    );
    if (!record) continue;
    return {
      title: str(record.title),
      company: str(record.company_name),
      posted: str(record.posted_date),
      locations: embeddedLocations(record),
      applyUrl: str(record.url_next_step),
      description: str(record.description),
      basic: str(record.basic_qualifications),
      preferred: str(record.preferred_qualifications),
      pay: [],
    };
  }
  return null;
}

/** What the page's structured data says about job `jobId`, JSON-LD first; null when it says nothing. */
export function readJobData(doc: Document, jobId: string): JobData | null {
  const ld = fromJsonLd(doc);
  const embedded = fromEmbedded(doc, jobId);
  if (!ld) return embedded;
  if (!embedded) return ld;
  const merged = { ...embedded } as JobData;
  for (const [key, value] of Object.entries(ld) as [keyof JobData, JobData[keyof JobData]][]) {
    if (value !== null && !(Array.isArray(value) && value.length === 0)) (merged as unknown as Json)[key] = value;
  }
  return merged;
}

/** Parses an HTML (or plain-text) fragment into an element of a new, inert document: scripts never run. */
export function fragment(doc: Document, html: string): Element {
  if (/&lt;\/?[a-z]/i.test(html) && !/<\/?[a-z][^>]*>/i.test(html)) html = parseHtml(doc, html).body.textContent ?? '';
  if (/<\/?[a-z][^>]*>/i.test(html)) return parseHtml(doc, html).body;
  const inert = doc.implementation.createHTMLDocument('');
  const body = inert.body;
  html.split(/\r?\n/).forEach((line, i) => {
    if (i > 0) body.appendChild(inert.createElement('br'));
    body.appendChild(inert.createTextNode(line));
  });
  return body;
}
