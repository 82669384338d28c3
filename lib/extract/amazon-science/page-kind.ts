// Whether an article is a profile, or a first-person essay.

import type { PullQuote } from '../../types';
import { isInSection, PROFILE_SECTION } from './article-paths';
import { introducesSeveral, samePerson } from './person';

/** Signals needed to call an article a profile: one strong signal (a Q&A) or two weaker ones. */
const PROFILE_THRESHOLD = 2;

export interface ProfileSignals {
  url: URL;
  title: string;
  dek: string | null;
  heroCaption: string | null;
  /** The person the page introduces, if any. */
  subject: string | null;
  authors: string[];
  pullQuotes: PullQuote[];
  /** How many questions the page asks its subject (a Q&A interview has several). */
  questions: number;
  /** The body's paragraphs, as text. */
  paragraphs: string[];
}

function names(text: string | null, person: string): boolean {
  if (!text) return false;
  return text.split(/[^\p{L}'’]+/u).some((word) => word && samePerson(word, person));
}

/** Speech inside quotation marks: what someone said, not who is telling the story. */
const QUOTED_SPEECH = /“[^”]*”|"[^"]*"/g;
/** The narrator speaking as "I": the writer of a first-person essay. */
export const FIRST_PERSON = /\bI(?![.\w])|\bI[’'](?:m|ve|d|ll)\b|\b[Mm](?:y|e|ine|yself)\b/;
/** A paragraph this short is a label or an aside, not narration. */
const MIN_NARRATION = 80;
/** A first-person essay narrates as "I" in a good share of its paragraphs, and in more than one. */
const ESSAY_SHARE = 0.4;
const MIN_ESSAY_PARAGRAPHS = 2;

/**
 * A first-person essay: outside quotation marks, the body speaks as "I". A feature about someone
 * tells their story in the third person and quotes them; an essay is the writer's own account of
 * an event, a team or a practice, whoever the caption names.
 */
export function isFirstPersonEssay(paragraphs: string[]): boolean {
  const narration = paragraphs.map((p) => p.replace(QUOTED_SPEECH, ' ')).filter((p) => p.length >= MIN_NARRATION);
  const firstPerson = narration.filter((p) => FIRST_PERSON.test(p)).length;
  return firstPerson >= MIN_ESSAY_PARAGRAPHS && firstPerson >= narration.length * ESSAY_SHARE;
}

const EDITORS_NOTE = /^Editor[’']s note\b/i;
/** How many paragraphs into the body an editor's note sits: it opens the article. */
const NOTE_PARAGRAPHS = 3;

/**
 * An editor's note that hands the article to its writer: "Editor's note: … In this article, he
 * describes …", "Here she shares her thoughts". Guest essays open this way even when their own
 * narration says "we" more than "I".
 */
function handsOverToWriter(paragraphs: string[], subject: string | null): boolean {
  const teller = ['he', 'she', 'they', ...(subject ? [subject.split(/\s+/).pop()!] : [])].join('|');
  const tells = new RegExp(String.raw`\b(?:${teller})\s+(?:shares|describes|writes|explains|reflects|recounts|offers)\b`, 'i');
  return paragraphs.slice(0, NOTE_PARAGRAPHS).some((p) => EDITORS_NOTE.test(p) && tells.test(p));
}

/**
 * A profile is about one named person; a post by its authors about a method, a page about several
 * people (a joint interview, an award for two), or a first-person essay is an article.
 */
export function isProfile(s: ProfileSignals): boolean {
  if (introducesSeveral([s.heroCaption, s.dek].filter((t): t is string => !!t))) return false;
  const interview = s.questions >= 2;
  if (!interview && (isFirstPersonEssay(s.paragraphs) || handsOverToWriter(s.paragraphs, s.subject))) return false;
  let score = 0;
  if (isInSection(s.url, PROFILE_SECTION)) score += 1;
  if (interview) score += 2;
  const subject = s.subject;
  if (subject && !s.authors.some((author) => samePerson(author, subject))) {
    if (names(s.title, subject) || names(s.dek, subject)) score += 1;
    if (names(s.heroCaption, subject)) score += 1;
    if (s.pullQuotes.some((q) => q.by && samePerson(q.by, subject))) score += 1;
  }
  return score >= PROFILE_THRESHOLD;
}
