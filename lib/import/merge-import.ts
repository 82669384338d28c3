import type { Item } from '../db/schema';
import { mergeJob } from '../db/merge';
import { sameValue } from '../db/same-value';
import { mergeUserData } from '../library/merge-items';

// An imported item meets the stored item of the same id (canonical address or job id) the way a
// re-save does (lib/db/merge.ts, lib/db/items.ts): a job's clip is merged field by field, richer
// wins; an article's clip is replaced by the newer extraction. The user's data of both is kept
// whole (lib/library/merge-items.ts).

export type ImportOutcome = 'new' | 'updated' | 'unchanged';

export interface ImportCounts {
  new: number;
  updated: number;
  unchanged: number;
}

function withClipOf(stored: Item, incoming: Item): Item {
  if (stored.kind === 'job' && incoming.kind === 'job') {
    const clip = mergeJob(stored.clip, incoming.clip);
    return { ...stored, clip, title: clip.title ?? stored.title };
  }
  if (stored.kind !== 'job' && incoming.kind !== 'job') {
    // A re-save replaces an article's clip with the newer extraction; here "newer" is the copy
    // updated last, so importing an old backup never rolls an article back.
    const newer = incoming.updatedAt >= stored.updatedAt ? incoming : stored;
    return { ...stored, kind: newer.kind, clip: newer.clip, title: newer.title };
  }
  // Unreachable: a job's id (`job:`) never equals an article's (`url:`).
  return stored;
}

/** What importing `incoming` does to `stored` (undefined when the library lacks it). */
export function mergeImported(stored: Item | undefined, incoming: Item, now: number): { outcome: ImportOutcome; item: Item } {
  if (!stored) return { outcome: 'new', item: incoming };
  const merged = mergeUserData(withClipOf(stored, incoming), [incoming]);
  const next = { ...merged, extractorVersion: Math.max(stored.extractorVersion, incoming.extractorVersion), updatedAt: stored.updatedAt };
  if (sameValue(next, stored)) return { outcome: 'unchanged', item: stored };
  return { outcome: 'updated', item: { ...next, updatedAt: now } };
}

/** The outcome of an id met again: new stays new; updated beats unchanged. */
export function combineOutcome(before: ImportOutcome | undefined, next: ImportOutcome): ImportOutcome {
  if (before === 'new' || before === 'updated') return before;
  return next;
}

/**
 * Folds `items` (which may repeat an id) into the stored ones, in file order: each id's outcome,
 * and the items to write (those not unchanged).
 */
export function fold(
  stored: ReadonlyMap<string, Item>,
  items: readonly Item[],
  now: number,
): { outcomes: Map<string, ImportOutcome>; writes: Item[] } {
  const current = new Map(stored);
  const outcomes = new Map<string, ImportOutcome>();
  for (const incoming of items) {
    const { outcome, item } = mergeImported(current.get(incoming.id), incoming, now);
    current.set(item.id, item);
    outcomes.set(item.id, combineOutcome(outcomes.get(item.id), outcome));
  }
  const writes = [...outcomes].filter(([, outcome]) => outcome !== 'unchanged').map(([id]) => current.get(id)!);
  return { outcomes, writes };
}

export function countOutcomes(outcomes: Iterable<ImportOutcome>): ImportCounts {
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0 };
  for (const outcome of outcomes) counts[outcome]++;
  return counts;
}
