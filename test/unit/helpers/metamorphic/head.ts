// The page's machine-readable metadata (JSON-LD, <meta>, <time datetime>) removed, broken or
// thinned out. What the page shows is unchanged, so every field a reader can see must survive.

import { findByline } from './byline';
import { collapsed } from './dom';

const JSON_LD = 'script[type="application/ld+json"]';
const ARTICLE_TYPE = /(?:^|[A-Za-z])Article$|^BlogPosting$|^Report$/;
const ISO_DATE = /^(\d{4})-(\d{2})-(\d{2})/;
/** Dates in the Associated Press style many newsrooms print ("Sept. 10, 2026", "March 3, 2026"). */
const AP_MONTHS = ['Jan.', 'Feb.', 'March', 'April', 'May', 'June', 'July', 'Aug.', 'Sept.', 'Oct.', 'Nov.', 'Dec.'];
const DATE_KEYS = ['datePublished', 'dateCreated', 'dateModified'];
const TIME_METAS =
  'meta[property="article:published_time"], meta[property="article:modified_time"], meta[name="date"], meta[itemprop="datePublished"]';

type Json = null | boolean | number | string | Json[] | { [key: string]: Json };

/** "2026-09-10…" as "Sept. 10, 2026"; anything else unchanged. */
export function apDate(value: string): string {
  const m = ISO_DATE.exec(value);
  return m ? `${AP_MONTHS[Number(m[2]) - 1]} ${Number(m[3])}, ${m[1]}` : value;
}

/**
 * "2026-09-10…" as a full timestamp with an offset, "2026-09-10T08:30:00.000-04:00". The clock
 * time is chosen so the date is the same day in UTC and in the offset's zone.
 */
export function isoTimestamp(value: string): string {
  const m = ISO_DATE.exec(value);
  return m ? `${m[1]}-${m[2]}-${m[3]}T08:30:00.000-04:00` : value;
}

function isArticle(node: { [key: string]: Json }): boolean {
  const type = node['@type'];
  return (Array.isArray(type) ? type : [type]).some((t) => typeof t === 'string' && ARTICLE_TYPE.test(t));
}

/** Calls `edit` on every object of a parsed JSON-LD value, `@graph` members and nested objects included. */
function visitObjects(value: Json, edit: (node: { [key: string]: Json }) => void): void {
  if (Array.isArray(value)) value.forEach((v) => visitObjects(v, edit));
  else if (value && typeof value === 'object') {
    edit(value);
    Object.values(value).forEach((v) => visitObjects(v, edit));
  }
}

/** Edits every JSON-LD block that parses (a block is rewritten only if it changed); returns whether any holds an article. */
function editJsonLd(doc: Document, edit: (node: { [key: string]: Json }) => void): boolean {
  let articles = false;
  for (const script of doc.querySelectorAll(JSON_LD)) {
    let value: Json;
    try {
      value = JSON.parse(script.textContent ?? '') as Json;
    } catch {
      continue;
    }
    const before = JSON.stringify(value);
    visitObjects(value, (node) => {
      if (isArticle(node)) articles = true;
      edit(node);
    });
    if (JSON.stringify(value) !== before) script.textContent = JSON.stringify(value, null, 2);
  }
  return articles;
}

/** The page's H1 text, the headline any JSON-LD of ours repeats. */
function headline(doc: Document): string {
  return collapsed(doc.querySelector('h1')?.textContent);
}

export function removeJsonLd(doc: Document): void {
  doc.querySelectorAll(JSON_LD).forEach((script) => script.remove());
}

/**
 * Every JSON-LD block cut short so that it no longer parses. A page without one gets a cut-short
 * block of its own kind: a broken block is ignored by every consumer, so the page means the same.
 */
export function malformJsonLd(doc: Document): void {
  const scripts = [...doc.querySelectorAll(JSON_LD)];
  for (const script of scripts) script.textContent = `${(script.textContent ?? '').trim().replace(/[}\]]\s*$/, '')},`;
  if (scripts.length) return;
  const type = /(?:^|\.)amazon\.jobs$/.test(new URL(doc.URL).hostname) ? 'JobPosting' : 'NewsArticle';
  const script = doc.createElement('script');
  script.setAttribute('type', 'application/ld+json');
  script.textContent = `{"@context": "https://schema.org", "@type": "${type}", "headline": ${JSON.stringify(headline(doc))}, "datePublished": `;
  doc.head.append(script);
}

/**
 * Metadata that says less than the page: JSON-LD whose article lists only the first author and
 * writes its dates as "Sept. 10, 2026", and no time metas, so that the JSON-LD date is the only
 * machine-readable one. A page that declares itself an article (og:type) but has no JSON-LD gets
 * such a block: its headline, the byline's first author and the published_time meta's date.
 */
export function partialJsonLd(doc: Document): void {
  let dated = false;
  const hasArticle = editJsonLd(doc, (node) => {
    if (!isArticle(node)) return;
    if (Array.isArray(node.author) && node.author.length > 1) node.author = [node.author[0]!];
    for (const key of DATE_KEYS) if (typeof node[key] === 'string') node[key] = apDate(node[key]);
    if (typeof node.datePublished === 'string') dated = true;
  });
  const ogType = doc.querySelector('meta[property="og:type"]')?.getAttribute('content');
  if (!hasArticle && ogType?.toLowerCase() === 'article') {
    const block: { [key: string]: Json } = { '@context': 'https://schema.org', '@type': 'NewsArticle', headline: headline(doc) };
    const first = findByline(doc)?.names[0];
    if (first) block.author = [{ '@type': 'Person', name: first.name }];
    const published = doc.querySelector('meta[property="article:published_time"]')?.getAttribute('content');
    if (published && ISO_DATE.test(published)) block.datePublished = apDate(published);
    dated = 'datePublished' in block;
    const script = doc.createElement('script');
    script.setAttribute('type', 'application/ld+json');
    script.textContent = JSON.stringify(block, null, 2);
    doc.head.append(script);
  }
  // Without a JSON-LD date to take their place, the time metas stay: removing them would remove the date.
  if (dated) doc.querySelectorAll(TIME_METAS).forEach((meta) => meta.remove());
}

/** Every machine-readable date (JSON-LD, time metas, <time datetime>) as a full timestamp with an offset. */
export function datesAsTimestamps(doc: Document): void {
  editJsonLd(doc, (node) => {
    for (const key of DATE_KEYS) if (typeof node[key] === 'string') node[key] = isoTimestamp(node[key]);
  });
  for (const meta of doc.querySelectorAll(TIME_METAS)) meta.setAttribute('content', isoTimestamp(meta.getAttribute('content') ?? ''));
  for (const time of doc.querySelectorAll('time[datetime]'))
    time.setAttribute('datetime', isoTimestamp(time.getAttribute('datetime') ?? ''));
}

/** Every named <meta> (description, og:*, twitter:*, article:*, microdata) but the viewport, and the canonical link. */
export function removeMeta(doc: Document): void {
  for (const meta of doc.querySelectorAll('meta[name], meta[property], meta[itemprop]')) {
    if (meta.getAttribute('name')?.toLowerCase() !== 'viewport') meta.remove();
  }
  doc.querySelectorAll('link[rel~="canonical" i]').forEach((link) => link.remove());
}
