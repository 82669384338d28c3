import type { ClipperDB, Item } from '../db/schema';
import { storedItems } from '../db/stored-items';
import { mergeJob } from '../db/merge';
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

/** Folds `items` (which may repeat an id) into the stored ones, in file order. */
function fold(stored: Map<string, Item>, items: readonly Item[], now: number) {
  const current = new Map(stored);
  const outcomes = new Map<string, ImportOutcome>();
  for (const incoming of items) {
    const { outcome, item } = mergeImported(current.get(incoming.id), incoming, now);
    current.set(item.id, item);
    const before = outcomes.get(item.id);
    // An id met twice counts once: new stays new; updated beats unchanged.
    outcomes.set(item.id, before === 'new' ? 'new' : before === 'updated' && outcome === 'unchanged' ? 'updated' : outcome);
  }
  const counts: ImportCounts = { new: 0, updated: 0, unchanged: 0 };
  const writes: Item[] = [];
  for (const [id, outcome] of outcomes) {
    counts[outcome]++;
    if (outcome !== 'unchanged') writes.push(current.get(id)!);
  }
  return { counts, writes };
}

async function storedOf(db: ClipperDB, items: readonly Item[]): Promise<Map<string, Item>> {
  // The library's ids come in one request; only the items both hold are then read, in another.
  // Asking for every id of the file cost one request per item, mostly for items the library
  // lacks (a first import of 10,000 items asked 10,000 times to learn nothing, twice).
  const stored = new Set(await db.items.toCollection().primaryKeys());
  const ids = [...new Set(items.map((item) => item.id))].filter((id) => stored.has(id));
  return new Map((await storedItems(db, ids)).map((item) => [item.id, item]));
}

/** What an import would do, without writing anything. */
export async function previewImport(db: ClipperDB, items: readonly Item[], now = Date.now()): Promise<ImportCounts> {
  return fold(await storedOf(db, items), items, now).counts;
}

/** Imports `items` in one transaction: all of them or, on any failure, none. */
export async function importItems(db: ClipperDB, items: readonly Item[], now = Date.now()): Promise<ImportCounts> {
  return db.transaction('rw', db.items, async () => {
    const { counts, writes } = fold(await storedOf(db, items), items, now);
    await db.items.bulkPut(writes);
    return counts;
  });
}

/** Deep equality of stored values (plain data), whatever the order of their keys. */
export function sameValue(a: unknown, b: unknown): boolean {
  if (a === b) return true;
  if (typeof a !== 'object' || typeof b !== 'object' || a === null || b === null) return false;
  if (Array.isArray(a) !== Array.isArray(b)) return false;
  if (Array.isArray(a)) {
    const other = b as unknown[];
    return a.length === other.length && a.every((value, i) => sameValue(value, other[i]));
  }
  const aKeys = Object.keys(a).filter((k) => (a as Record<string, unknown>)[k] !== undefined);
  const bKeys = Object.keys(b).filter((k) => (b as Record<string, unknown>)[k] !== undefined);
  return aKeys.length === bKeys.length && aKeys.every((k) => sameValue((a as Record<string, unknown>)[k], (b as Record<string, unknown>)[k]));
}
