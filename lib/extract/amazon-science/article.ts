// amazon.science articles and researcher profiles (www.amazon.science/<section>/<slug>).
// detect: the address is an amazon.science article address and the page has an article (an H1
// over a body of paragraphs, or head metadata declaring one); a profile is an article about one person.
// extract: every field of the "Article / profile" section of the clip contract.

import type { ArticleClip, Extractor, NullClip, PageKind } from '../../types';
import { canonicalUrl, isScienceHost } from '../../url/canonical';
import { findJobCards } from '../jobs/cards';
import { sanitizeHtml } from '../sanitize';
import { copyBody, readabilityBody, type BodyCopy } from './body';
import { readAuthors, readPublished, readReadingMinutes } from './byline';
import { blockText } from './dom';
import { readDek, readKicker, readTitle } from './headline';
import { readHero } from './hero';
import { readResearchAreas, readSiteTags } from './labelled-blocks';
import { findLayout, type Layout } from './landmarks';
import { declaresArticle } from './metadata';
import { isArticlePath, isProfile } from './page-kind';
import { readPerson } from './person';
import { readQa } from './qa';
import { textOf } from '../text';

/** The speaker most pull quotes credit: the page's subject when it has one. */
function mainSpeaker(speakers: (string | null)[]): string | null {
  const counts = new Map<string, number>();
  for (const s of speakers) if (s) counts.set(s, (counts.get(s) ?? 0) + 1);
  return [...counts].sort((a, b) => b[1] - a[1])[0]?.[0] ?? null;
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

/** Sanitized body HTML; a document without a window (DOMParser) gets its text as plain paragraphs. */
function bodyHtml(doc: Document, body: BodyCopy, text: string): string {
  const win = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (win) return sanitizeHtml(body.root.innerHTML, win);
  return text.split('\n\n').map((p) => `<p>${escapeHtml(p)}</p>`).join('');
}

/** What deciding the page kind takes: the article's parts that say whether it is about one person. */
type Reading = Pick<ArticleClip, 'kind' | 'title' | 'dek' | 'hero' | 'authors' | 'pullQuotes' | 'qa' | 'person' | 'jobs'> & {
  layout: Layout;
  body: BodyCopy | null;
};

function readArticle(doc: Document, url: URL): Reading | null {
  if (!isScienceHost(url) || !isArticlePath(url)) return null;
  const jobCards = findJobCards(doc, url);
  const layout = findLayout(doc, jobCards.map((card) => card.element));
  if (!(layout.headline && layout.body) && !declaresArticle(doc)) return null;
  const body = copyBody(doc, layout, url) ?? readabilityBody(doc, url);
  const title = readTitle(doc, layout);
  const dek = readDek(layout);
  const hero = readHero(layout, url);
  const authors = readAuthors(doc, layout, url);
  const pullQuotes = body?.pullQuotes ?? [];
  const qa = body ? readQa(body.root) : [];
  const paragraphs = body ? [...body.root.querySelectorAll('p')].map((p) => textOf(p)) : [];
  const texts = [hero?.caption, dek, ...paragraphs].filter((t): t is string => !!t);
  const person = readPerson(texts, mainSpeaker(pullQuotes.map((q) => q.by)));
  const heroCaption = hero?.caption ?? null;
  const profile = isProfile({ url, title, dek, heroCaption, subject: person?.name ?? null, authors, pullQuotes, qa });
  return {
    kind: profile ? 'profile' : 'article',
    layout,
    body,
    title,
    dek,
    hero,
    authors,
    pullQuotes,
    qa,
    person: profile ? person : null,
    jobs: jobCards.map((card) => card.job),
  };
}

function extractArticle(doc: Document, url: URL, reading: Reading): ArticleClip {
  const { kind, layout, body, title, dek, hero, authors, pullQuotes, qa, person, jobs } = reading;
  const text = body ? blockText(body.root) : '';
  return {
    kind,
    url: canonicalUrl(url),
    title,
    dek,
    authors,
    published: readPublished(doc, layout),
    readingMinutes: readReadingMinutes(layout),
    researchAreas: readResearchAreas(doc, layout, readKicker(layout, url), url),
    siteTags: readSiteTags(doc, layout),
    hero,
    text,
    html: body ? bodyHtml(doc, body, text) : '',
    pullQuotes,
    qa,
    person,
    jobs,
  };
}

export const scienceArticle: Extractor = {
  name: 'amazon.science article',
  detect(doc: Document, url: URL): PageKind | null {
    return readArticle(doc, url)?.kind ?? null;
  },
  extract(doc: Document, url: URL): ArticleClip | NullClip {
    const reading = readArticle(doc, url);
    return reading ? extractArticle(doc, url, reading) : { kind: null, url: canonicalUrl(url) };
  },
};
