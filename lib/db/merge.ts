import type { Job } from '../types';

/**
 * How a job seen twice becomes one item (keyed by jobId) — also in docs/merge-rules.md:
 *
 * 1. A clip of the posting page itself (it has a company, an apply link or qualifications)
 *    outranks a job card (from an amazon.science page or a search list).
 * 2. Each field is taken from the richer of the two clips, compared in this order:
 *    present beats absent (null, '' and [] are absent); then the higher rank; then, for text and
 *    lists, the longer; a tie goes to the clip being saved now.
 *    So the posting page's description beats a card's teaser, and a field the posting page lacks
 *    is filled from the card. Pay follows the same rule: cards state none, so a posting page's
 *    ranges always stay; of two posting clips, the one listing more ranges wins, the newer on a tie.
 * 3. Only the clip is merged: the user's tags, status, history, notes and follow-up are never
 *    touched by a re-save (lib/db/items.ts keeps them).
 *
 * Articles and profiles are not merged: a re-save replaces the clip, because the newer
 * extraction is the better one.
 */
export function mergeJob(stored: Job, incoming: Job): Job {
  const incomingRank = rank(incoming);
  const storedRank = rank(stored);
  const pick = <K extends keyof Job>(key: K): Job[K] =>
    richer(incoming[key], incomingRank, stored[key], storedRank) ? incoming[key] : stored[key];
  return {
    kind: 'job',
    jobId: incoming.jobId,
    url: pick('url'),
    title: pick('title'),
    locations: pick('locations'),
    company: pick('company'),
    description: pick('description'),
    responsibilities: pick('responsibilities'),
    basicQualifications: pick('basicQualifications'),
    preferredQualifications: pick('preferredQualifications'),
    applyUrl: pick('applyUrl'),
    posted: pick('posted'),
    // A job stored before pay was read has none at all; the merged clip always has a list.
    pay: pick('pay') ?? [],
  };
}

/** 1 for a clip of the posting page, 0 for a card: only posting pages show these fields. */
export function rank(job: Job): number {
  const fromPostingPage =
    job.company !== null || job.applyUrl !== null || job.basicQualifications.length > 0 || job.preferredQualifications.length > 0;
  return fromPostingPage ? 1 : 0;
}

type FieldValue = Job[keyof Job];

function size(value: FieldValue): number {
  // A job stored before pay was read has no `pay` at all: absent, like null.
  if (value === null || value === undefined) return 0;
  if (typeof value === 'string' || Array.isArray(value)) return value.length;
  return 1;
}

/** Whether `a` (from the clip being saved) is at least as rich as `b`: the tie goes to `a`. */
function richer(a: FieldValue, aRank: number, b: FieldValue, bRank: number): boolean {
  const aSize = size(a);
  const bSize = size(b);
  if (aSize > 0 !== bSize > 0) return aSize > 0;
  if (aRank !== bRank) return aRank > bRank;
  return aSize >= bSize;
}
