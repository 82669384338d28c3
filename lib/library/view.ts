import type { Item, JobStatus } from '../db/schema';
import type { LibraryCard } from '../db/read-model/card';
import type { SearchHit } from '../search/search-index';

// What the library list shows: the cards that pass the filters, in the chosen order.

export const LIBRARY_SORTS = ['relevance', 'saved-desc', 'saved-asc', 'published-desc', 'published-asc'] as const;
export type LibrarySort = (typeof LIBRARY_SORTS)[number];

export const SORT_LABELS: Record<LibrarySort, string> = {
  relevance: 'Best match',
  'saved-desc': 'Newest saved',
  'saved-asc': 'Oldest saved',
  'published-desc': 'Newest published',
  'published-asc': 'Oldest published',
};

export interface LibraryFilter {
  kind: Item['kind'] | null;
  tag: string | null;
  area: string | null;
  status: JobStatus | null;
}

export const NO_FILTER: LibraryFilter = { kind: null, tag: null, area: null, status: null };

export function matchesFilter(card: LibraryCard, filter: LibraryFilter): boolean {
  return (
    (filter.kind === null || card.kind === filter.kind) &&
    (filter.tag === null || card.tags.includes(filter.tag)) &&
    (filter.area === null || card.researchAreas.includes(filter.area)) &&
    (filter.status === null || card.status === filter.status)
  );
}

/** Missing publication days go last in both directions: they are the least informative. */
function byPublished(direction: 1 | -1) {
  return (a: LibraryCard, b: LibraryCard) => {
    if (a.published === b.published) return b.savedAt - a.savedAt;
    if (a.published === null) return 1;
    if (b.published === null) return -1;
    return a.published < b.published ? -direction : direction;
  };
}

const COMPARE: Record<Exclude<LibrarySort, 'relevance'>, (a: LibraryCard, b: LibraryCard) => number> = {
  'saved-desc': (a, b) => b.savedAt - a.savedAt,
  'saved-asc': (a, b) => a.savedAt - b.savedAt,
  'published-desc': byPublished(-1),
  'published-asc': byPublished(1),
};

/** The cards of a list by id, built once per list (the live query gives a new list on every change). */
const indexes = new WeakMap<readonly LibraryCard[], Map<string, LibraryCard>>();

function byIdOf(cards: readonly LibraryCard[]): Map<string, LibraryCard> {
  let byId = indexes.get(cards);
  if (!byId) {
    byId = new Map(cards.map((card) => [card.id, card]));
    indexes.set(cards, byId);
  }
  return byId;
}

/**
 * The cards to list. `hits` is the search result (null when nothing is searched): it limits the
 * cards to the matches, and 'relevance' keeps its order (best first, then newest saved).
 * Without a search, 'relevance' means newest saved. Runs on every keystroke.
 */
export function libraryView(
  cards: readonly LibraryCard[],
  hits: readonly SearchHit[] | null,
  filter: LibraryFilter,
  sort: LibrarySort,
): LibraryCard[] {
  if (hits === null) {
    const compare = COMPARE[sort === 'relevance' ? 'saved-desc' : sort];
    return cards.filter((card) => matchesFilter(card, filter)).sort(compare);
  }
  const byId = byIdOf(cards);
  const found: LibraryCard[] = [];
  for (const hit of hits) {
    const card = byId.get(hit.id);
    if (card && matchesFilter(card, filter)) found.push(card);
  }
  return sort === 'relevance' ? found : found.sort(COMPARE[sort]);
}

export interface Count {
  value: string;
  count: number;
}

/** Each value of `pick` over the cards with how many cards have it, alphabetical. */
export function countValues(cards: readonly LibraryCard[], pick: (card: LibraryCard) => readonly string[]): Count[] {
  const counts = new Map<string, number>();
  for (const card of cards) for (const value of pick(card)) counts.set(value, (counts.get(value) ?? 0) + 1);
  return [...counts].map(([value, count]) => ({ value, count })).sort((a, b) => a.value.localeCompare(b.value));
}
