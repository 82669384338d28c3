import type { LibraryCard } from '../db/read-model/card';
import { tokenize } from './tokenize';

/**
 * Where a word was found, best first. The weight of a field is how much a match there says the
 * item is what the user is looking for: the title names it, a person or a tag is picked on
 * purpose, a word of the body may be incidental.
 */
export const FIELDS = ['title', 'people', 'tags', 'topics', 'employer', 'dek', 'body'] as const;
export type Field = (typeof FIELDS)[number];
const WEIGHTS: readonly number[] = [10, 7, 6, 4, 4, 3, 1];
const FIELD_BITS = 3;
/** A prefix ("mach" for "machine") counts for less than the whole word typed out. */
const PREFIX_FACTOR = 0.6;

export interface SearchHit {
  id: string;
  score: number;
  /** Bit i is set when a query word was found in FIELDS[i] (see `foundOnlyIn`). */
  fields: number;
}

/** Whether every query word of the hit was found in `field` and nowhere else ("found in the text"). */
export function foundOnlyIn(hit: SearchHit, field: Field): boolean {
  return hit.fields === 1 << FIELDS.indexOf(field);
}

function fieldTexts(card: LibraryCard): string[] {
  return [
    card.title,
    [card.person ?? '', ...card.authors].join('\n'),
    card.tags.join('\n'),
    [...card.researchAreas, ...card.siteTags].join('\n'),
    [card.company ?? '', card.jobId ?? '', ...card.locations].join('\n'),
    card.dek ?? '',
  ];
}

/**
 * An in-memory inverted index over the library: every distinct word of an item's fields points
 * to the item, with the field it was found in. Prefix search walks a sorted word list, so each
 * keystroke costs a binary search plus the postings of the words it names. See
 * docs/benchmarks.md for why this and not MiniSearch, FlexSearch or Dexie indexes.
 *
 * Documents get ordinals; a changed or removed one is tombstoned and its postings are dropped
 * lazily, when too many tombstones have piled up.
 */
export class SearchIndex {
  private docIds: (string | null)[] = [];
  private revs: string[] = [];
  /** Breaks ties between equal scores: the newest saved first, as the unsearched list. */
  private savedAt: number[] = [];
  private ordinals = new Map<string, number>();
  private postings = new Map<string, number[]>();
  private sortedWords: string[] | null = null;
  private dead = 0;

  get size(): number {
    return this.ordinals.size;
  }

  /** The ids of the indexed items. */
  ids(): IterableIterator<string> {
    return this.ordinals.keys();
  }

  /** The rev of the card last indexed under `id`, to tell whether a card needs indexing again. */
  revOf(id: string): string | undefined {
    const ordinal = this.ordinals.get(id);
    return ordinal === undefined ? undefined : this.revs[ordinal];
  }

  /** Indexes (or re-indexes) one item from its card. */
  upsert(card: LibraryCard): void {
    this.remove(card.id);
    const ordinal = this.docIds.length;
    this.docIds.push(card.id);
    this.revs.push(card.rev);
    this.savedAt.push(card.savedAt);
    this.ordinals.set(card.id, ordinal);
    const texts = fieldTexts(card);
    for (let field = 0; field < texts.length; field++) {
      const seen = new Set<string>();
      for (const { word } of tokenize(texts[field]!)) {
        if (seen.has(word)) continue;
        seen.add(word);
        this.post(word, ordinal, field);
      }
    }
    const body = FIELDS.indexOf('body');
    if (card.words) for (const word of card.words.split(' ')) this.post(word, ordinal, body);
  }

  remove(id: string): void {
    const ordinal = this.ordinals.get(id);
    if (ordinal === undefined) return;
    this.ordinals.delete(id);
    this.docIds[ordinal] = null;
    this.dead++;
    if (this.dead > 1000 && this.dead > this.ordinals.size) this.compact();
  }

  /**
   * The items matching every word of `query`, best first (newest saved first among equals); the
   * last word may be incomplete. An empty query matches nothing: the caller shows the whole
   * library then.
   */
  search(query: string): SearchHit[] {
    const words = [...new Set(tokenize(query).map((t) => t.word))];
    if (words.length === 0) return [];
    const n = this.docIds.length;
    const total = new Float64Array(n);
    const fieldMask = new Uint8Array(n);
    const matchedWords = new Uint8Array(n);
    const sorted = this.vocabulary();
    for (let w = 0; w < words.length; w++) {
      const word = words[w]!;
      const best = new Float32Array(n);
      const masks = new Uint8Array(n);
      for (let i = lowerBound(sorted, word); i < sorted.length && sorted[i]!.startsWith(word); i++) {
        const term = sorted[i]!;
        const factor = term.length === word.length ? 1 : PREFIX_FACTOR;
        const list = this.postings.get(term)!;
        for (let k = 0; k < list.length; k++) {
          const posting = list[k]!;
          const doc = posting >>> FIELD_BITS;
          const field = posting & ((1 << FIELD_BITS) - 1);
          const score = WEIGHTS[field]! * factor;
          if (score > best[doc]!) best[doc] = score;
          masks[doc] = masks[doc]! | (1 << field);
        }
      }
      for (let doc = 0; doc < n; doc++) {
        if (best[doc]! === 0 || matchedWords[doc] !== w) continue;
        matchedWords[doc] = w + 1;
        total[doc] = total[doc]! + best[doc]!;
        fieldMask[doc] = fieldMask[doc]! | masks[doc]!;
      }
    }
    const docs: number[] = [];
    for (let doc = 0; doc < n; doc++) if (this.docIds[doc] && matchedWords[doc] === words.length) docs.push(doc);
    docs.sort((a, b) => total[b]! - total[a]! || this.savedAt[b]! - this.savedAt[a]!);
    return docs.map((doc) => ({ id: this.docIds[doc]!, score: total[doc]!, fields: fieldMask[doc]! }));
  }

  private post(word: string, ordinal: number, field: number): void {
    let list = this.postings.get(word);
    if (!list) {
      list = [];
      this.postings.set(word, list);
      this.sortedWords = null;
    }
    list.push((ordinal << FIELD_BITS) | field);
  }

  private vocabulary(): string[] {
    this.sortedWords ??= [...this.postings.keys()].sort();
    return this.sortedWords;
  }

  /** Renumbers the live documents and drops the postings of dead ones. */
  private compact(): void {
    const renumber = new Int32Array(this.docIds.length).fill(-1);
    const ids: string[] = [];
    const revs: string[] = [];
    const savedAt: number[] = [];
    this.docIds.forEach((id, old) => {
      if (id === null) return;
      renumber[old] = ids.length;
      this.ordinals.set(id, ids.length);
      ids.push(id);
      revs.push(this.revs[old]!);
      savedAt.push(this.savedAt[old]!);
    });
    for (const [word, list] of this.postings) {
      const kept: number[] = [];
      for (const posting of list) {
        const doc = renumber[posting >>> FIELD_BITS]!;
        if (doc >= 0) kept.push((doc << FIELD_BITS) | (posting & ((1 << FIELD_BITS) - 1)));
      }
      if (kept.length > 0) this.postings.set(word, kept);
      else this.postings.delete(word);
    }
    this.docIds = ids;
    this.revs = revs;
    this.savedAt = savedAt;
    this.dead = 0;
    this.sortedWords = null;
  }
}

/** The first index of `sorted` whose word is not before `word`. */
function lowerBound(sorted: readonly string[], word: string): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < word) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}
