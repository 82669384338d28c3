// amazon.science articles and researcher profiles (www.amazon.science/<section>/<slug>).
// The page is read in two steps. A cheap look (the address, a headline or article metadata) turns
// every other page away. The light reading (the layout, the lead and the live body's paragraphs,
// nothing copied) says whether the page is an article and whether it is about one person: detect
// stops there. extract goes on from the same light reading, made once per page state (the registry
// asks detect, then extract, in one task): the job cards are found once, the body is copied and
// cleaned once.

import type { ArticleClip, Extractor, NullClip, PageKind } from '../../types';
import { canonicalUrl, isScienceHost } from '../../url/canonical';
import { findJobCards, type JobCard } from '../jobs/cards';
import { sanitizedChildren } from '../sanitize';
import { copyBody, readabilityBody, type BodyCopy } from './body';
import { readAuthors, readPublished, readReadingMinutes } from './byline';
import { blockText } from './dom';
import { readDek, readKicker, readTitle } from './headline';
import { readHero } from './hero';
import { readResearchAreas, readSiteTags } from './labelled-blocks';
import { findLayout, type Layout } from './landmarks';
import { declaresArticle } from './metadata';
import { isArticlePath } from './article-paths';
import { isProfile } from './page-kind';
import { personNamedIn, readPerson } from './person';
import { findPullQuotes } from './pull-quotes';
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

/**
 * Sanitized body HTML; a document without a window (DOMParser) gets its text as plain paragraphs.
 * Empties the copy of the body: the last thing read from it.
 */
function bodyHtml(doc: Document, body: BodyCopy, text: string): string {
  const win = doc.defaultView ?? (typeof window === 'undefined' ? null : window);
  if (win) return sanitizedChildren(body.root, win);
  return text
    .split('\n\n')
    .map((p) => `<p>${escapeHtml(p)}</p>`)
    .join('');
}

/** The light reading: what deciding the page kind takes, and the lead fields read on the way. */
type Reading = Pick<ArticleClip, 'kind' | 'title' | 'dek' | 'hero' | 'authors' | 'person'> & { layout: Layout };

/** What a cheap look says: an article address, and a headline or article metadata on the page. */
function mayBeArticle(doc: Document, url: URL): boolean {
  return isScienceHost(url) && isArticlePath(url) && (!!doc.querySelector('h1') || declaresArticle(doc));
}

function readArticle(doc: Document, url: URL): Reading | null {
  if (!mayBeArticle(doc, url)) return null;
  const layout = findLayout(doc, url);
  if (!(layout.headline && layout.body) && !declaresArticle(doc)) return null;
  const title = readTitle(doc, layout);
  const dek = readDek(layout);
  const hero = readHero(layout, url);
  const authors = readAuthors(doc, layout, url);
  // The live body is only read here: quotes and questions are counted where they stand.
  const pullQuotes = layout.body ? findPullQuotes(layout.body).map((found) => found.quote) : [];
  const questions = layout.body ? readQa(layout.body).length : 0;
  const paragraphs = layout.paragraphs.map((p) => textOf(p));
  const heroCaption = hero?.caption ?? null;
  const person = readPerson(
    [heroCaption, dek, ...paragraphs].filter((t): t is string => !!t),
    mainSpeaker(pullQuotes.map((q) => q.by)),
  );
  const subject = person?.name ?? null;
  const profile = isProfile({ url, title, dek, heroCaption, subject, authors, pullQuotes, questions, paragraphs });
  // An interview may never introduce its subject in a sentence; its headline still names them.
  const named = profile ? (person ?? personNamedIn([title, dek ?? ''], paragraphs)) : null;
  return { kind: profile ? 'profile' : 'article', layout, title, dek, hero, authors, person: named };
}

/** The clip and the page's job cards, whose buttons the content script places from the same reading. */
export interface ArticleReading {
  clip: ArticleClip | NullClip;
  cards: JobCard[];
}

function extractArticle(doc: Document, url: URL, reading: Reading): ArticleReading {
  const { kind, layout, title, dek, hero, authors, person } = reading;
  const jobCards = findJobCards(doc, url);
  const body =
    copyBody(
      doc,
      layout,
      url,
      jobCards.map((card) => card.element),
    ) ?? readabilityBody(doc, url);
  const text = body ? blockText(body.root) : '';
  const qa = body ? readQa(body.root) : [];
  const clip: ArticleClip = {
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
    pullQuotes: body?.pullQuotes ?? [],
    qa,
    person,
    jobs: jobCards.map((card) => card.job),
  };
  return { clip, cards: jobCards };
}

/** The last light reading, kept until the current task ends (see lightReading). */
let recent: { doc: Document; href: string; reading: Reading | null } | null = null;

/**
 * One light reading per page state, shared by detect and extract. A page cannot change while our
 * code runs without yielding: only another script (or the parser) changes it, and none runs before
 * the current task ends. So a reading is reused within the task that made it, and never after.
 */
function lightReading(doc: Document, url: URL): Reading | null {
  if (recent?.doc === doc && recent.href === url.href) return recent.reading;
  if (!recent) queueMicrotask(() => (recent = null));
  const reading = readArticle(doc, url);
  recent = { doc, href: url.href, reading };
  return reading;
}

function readArticlePage(doc: Document, url: URL): ArticleReading {
  const reading = lightReading(doc, url);
  return reading ? extractArticle(doc, url, reading) : { clip: { kind: null, url: canonicalUrl(url) }, cards: [] };
}

export const scienceArticle: Extractor & { extractWithCards(doc: Document, url: URL): ArticleReading } = {
  name: 'amazon.science article',
  detect(doc: Document, url: URL): PageKind | null {
    return lightReading(doc, url)?.kind ?? null;
  },
  extract(doc: Document, url: URL): ArticleClip | NullClip {
    return readArticlePage(doc, url).clip;
  },
  extractWithCards: readArticlePage,
};
