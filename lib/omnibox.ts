import { browser } from 'wxt/browser';
import type { ClipperDB } from './db/schema';
import type { LibraryCard } from './db/read-model/card';
import { readAllCards } from './db/read-model/live-cards';
import { SearchIndex } from './search/search-index';
import { syncIndex } from './search/sync';
import { bylineOf, kindLabel } from './ui/format';

// Address-bar search: "sc <words>" lists matching items; picking one opens it in the reader.
// The worker may be stopped between two uses, so the index lives only for one typing session:
// built from the cards when the user starts typing after the keyword.

const MAX_SUGGESTIONS = 8;

/** Omnibox descriptions are XML: the page's text must not be read as markup. */
function escapeXml(text: string): string {
  return text.replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);
}

export interface Suggestion {
  content: string;
  description: string;
}

export function readerAddress(id: string): string {
  return browser.runtime.getURL(`/reader.html?id=${encodeURIComponent(id)}`);
}

export function libraryAddress(query: string): string {
  return browser.runtime.getURL(`/library.html${query ? `?q=${encodeURIComponent(query)}` : ''}`);
}

/** The best matches of `text`, as omnibox suggestions whose content is the item's reader address. */
export function suggestionsFor(index: SearchIndex, cards: ReadonlyMap<string, LibraryCard>, text: string): Suggestion[] {
  return index
    .search(text)
    .slice(0, MAX_SUGGESTIONS)
    .map((hit) => cards.get(hit.id))
    .filter((card): card is LibraryCard => card !== undefined)
    .map((card) => ({
      content: readerAddress(card.id),
      description: `<match>${escapeXml(card.title)}</match> <dim>${escapeXml([kindLabel(card.kind), bylineOf(card)].filter(Boolean).join(' · '))}</dim>`,
    }));
}

/** Registers the omnibox listeners; call at the worker's top level. */
export function registerOmnibox(db: ClipperDB): void {
  let session: Promise<{ index: SearchIndex; cards: Map<string, LibraryCard> }> | null = null;
  const start = () => {
    session = readAllCards(db).then(async (cards) => {
      const index = new SearchIndex();
      await syncIndex(index, cards);
      return { index, cards: new Map(cards.map((card) => [card.id, card])) };
    });
    return session;
  };

  browser.omnibox.setDefaultSuggestion({ description: 'Search your Science Clipper library' });
  browser.omnibox.onInputStarted.addListener(() => void start());
  browser.omnibox.onInputChanged.addListener((text, suggest) => {
    (session ?? start()).then(({ index, cards }) => suggest(suggestionsFor(index, cards, text))).catch(() => suggest([]));
  });
  browser.omnibox.onInputEntered.addListener((text, disposition) => {
    session = null;
    const url = text.startsWith(browser.runtime.getURL('/')) ? text : libraryAddress(text.trim());
    if (disposition === 'currentTab') void browser.tabs.update({ url });
    else void browser.tabs.create({ url, active: disposition === 'newForegroundTab' });
  });
  browser.omnibox.onInputCancelled.addListener(() => {
    session = null;
  });
}
