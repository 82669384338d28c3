import type { LibraryCard } from '../db/read-model/card';

// Exact duplicates cannot happen: an item's id is its canonical address or its job id. These are
// the likely ones that slip through: the same title by the same person at two addresses, and a
// job posted again under a new id with the same title and description (see cardOf). Pure, apart
// from the merge (./duplicates.ts), so that the library page can group without loading a writer.

export interface DuplicateGroup {
  key: string;
  /** The copy that keeps its id and clip comes first. */
  ids: string[];
}

/**
 * Which copy survives a merge: of a job, the latest posting (it is the one still open); of an
 * article or profile, the latest extraction.
 */
function survivorFirst(a: LibraryCard, b: LibraryCard): number {
  if (a.kind === 'job' && b.kind === 'job') {
    const posted = (b.published ?? '').localeCompare(a.published ?? '');
    return posted || Number(b.jobId ?? 0) - Number(a.jobId ?? 0);
  }
  return b.updatedAt - a.updatedAt || b.savedAt - a.savedAt;
}

/** Groups of two or more cards that are likely the same thing; biggest groups first. */
export function findDuplicates(cards: readonly LibraryCard[]): DuplicateGroup[] {
  const byKey = new Map<string, LibraryCard[]>();
  for (const card of cards) {
    if (!card.duplicateKey) continue;
    const group = byKey.get(card.duplicateKey);
    if (group) group.push(card);
    else byKey.set(card.duplicateKey, [card]);
  }
  return [...byKey]
    .filter(([, group]) => group.length > 1)
    .map(([key, group]) => ({ key, ids: group.sort(survivorFirst).map((card) => card.id) }))
    .sort((a, b) => b.ids.length - a.ids.length || a.key.localeCompare(b.key));
}
