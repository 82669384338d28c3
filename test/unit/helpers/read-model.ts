import { expect } from 'vitest';
import type { ClipperDB, Item } from '../../../lib/db/schema';
import { cardOf } from '../../../lib/db/read-model/card';
import { pageOf } from '../../../lib/db/read-model/card-pages';
import { readAllCards } from '../../../lib/db/read-model/live-cards';
import { RECENT_KEY, recentOf } from '../../../lib/db/read-model/recent';
import { readPopupView } from '../../../lib/ui/popup-data';

// The read model as it must be for a library's items, checked against the items themselves.

/** A card without its rev, which is new on every write. */
export function stable(item: Item) {
  const { rev: _rev, ...card } = cardOf(item);
  return card;
}

export async function cardOfId(database: ClipperDB, id: string) {
  return (await readAllCards(database)).find((card) => card.id === id);
}

/** The cards are the items' cards, each in its own page, and every page's counts are its own. */
export async function expectProjected(database: ClipperDB) {
  const items = await database.items.toArray();
  const cards = (await readAllCards(database)).sort((a, b) => (a.id < b.id ? -1 : 1));
  expect(cards.map(({ rev: _rev, ...card }) => card)).toEqual(items.map(stable));
  for (const page of await database.cardPages.toArray()) {
    for (const card of page.cards) expect(pageOf(card.id)).toBe(page.page);
    expect(await database.pageSummaries.get(page.page)).toEqual({
      page: page.page,
      rev: page.rev,
      ids: page.cards.map((card) => card.id),
      savedAt: page.cards.map((card) => card.savedAt),
      tags: page.cards.map((card) => card.tags),
    });
  }
  // A library never written to has no newest row yet: it reads as an empty one.
  expect((await database.recent.get(RECENT_KEY)) ?? recentOf([])).toEqual(recentOf(await database.pageSummaries.toArray()));
  const popup = (await readPopupView(database, null)).counts;
  expect(popup.total).toBe(items.length);
  expect(popup.jobCount).toBe(items.filter((item) => item.kind === 'job').length);
  const tagged = new Map<string, number>();
  for (const item of items) for (const tag of item.tags) tagged.set(tag, (tagged.get(tag) ?? 0) + 1);
  expect(popup.tags.map((t) => [t.tag, t.count]).sort()).toEqual([...tagged].sort());
}
