// The content script's second stage: the page reader (the extractors, Readability, DOMPurify),
// built as its own script (entrypoints/page-reader.ts) and loaded only when a page must be read,
// and the card reader (entrypoints/card-reader.ts), loaded in idle moments to place job buttons.
//
// How it is loaded, and why (measured in Chromium on the 2-core machine, 15 loads each, on a
// job posting with the content script running): WXT builds content scripts as single files
// without code splitting, so the reader is either injected by the background
// (`browser.scripting.executeScript({ files })`, after a message) or imported by the content
// script (`import()` of a web-accessible file). The import took 29 ms from asking to ready and
// 5 ms of the page's script time; the injection 62 ms and 17 ms (the round trip through the
// service worker, and no code cache for injected files). The import also works under a page
// Content-Security-Policy of `script-src 'none'`, and runs in the content script's own world,
// where each reader leaves its API under its key. The file is web-accessible only to our
// sites' pages and only at a per-session address (wxt.config.ts), so pages cannot probe for it.
import type { JobCard } from '../extract/jobs/cards';
import type { PageReading } from '../extract/registry';

/** The two readers' files in the extension: web-accessible (wxt.config.ts) and imported by the content script. */
export const READER_FILES = { page: '/page-reader.js', cards: '/card-reader.js' } as const;

/** Where the page reader leaves its API on the content-script world's global object. */
export const READER_KEY = '__scienceClipperPageReader';
/** Where the card reader (entrypoints/card-reader.ts) leaves its API; the page reader leaves its own there too. */
export const CARD_READER_KEY = '__scienceClipperCardReader';

/**
 * The job cards alone, for their buttons: a file of its own (card-reader.js), a fraction of the
 * page reader. Loading the whole reader to place buttons on a page nobody saves cost the page
 * the evaluation of Readability and DOMPurify (which builds its tag tables when loaded).
 */
export interface CardReader {
  /** The registry's readCards: the job cards alone, for their buttons. */
  readCards(doc: Document, url: URL): JobCard[];
}

export interface PageReader extends CardReader {
  /** The registry's readPage, with the content script's time budget: the clip a save sends, and the cards. */
  readPage(doc: Document, url: URL): PageReading;
}

export const READER_NOT_LOADED = 'The page reader did not load. Reload the page and try again.';

function installed<Reader>(key: string): Reader | null {
  return ((globalThis as Record<string, unknown>)[key] as Reader | undefined) ?? null;
}

/**
 * A loader of the reader left under `key`: the first call loads it (`load`: the import), later
 * calls share that one load. A failed load is forgotten, so the next call tries again.
 */
export function readerLoader<Reader>(key: string, load: () => Promise<unknown>): () => Promise<Reader> {
  let loading: Promise<Reader> | null = null;
  return () => {
    const ready = installed<Reader>(key);
    if (ready) return Promise.resolve(ready);
    // A failed import says so in the browser's words (a file address and a network error): the
    // user reads ours instead.
    loading ??= load()
      .catch(() => undefined)
      .then(() => {
        const reader = installed<Reader>(key);
        if (!reader) throw new Error(READER_NOT_LOADED);
        return reader;
      });
    loading.catch(() => (loading = null));
    return loading;
  };
}

/** Makes `reader` this world's page reader, and its card reader: what entrypoints/page-reader.ts does when loaded. */
export function installReader(reader: PageReader): void {
  installCardReader(reader);
  (globalThis as Record<string, unknown>)[READER_KEY] = reader;
}

/** Makes `reader` this world's card reader: what entrypoints/card-reader.ts does when loaded. */
export function installCardReader(reader: CardReader): void {
  (globalThis as Record<string, unknown>)[CARD_READER_KEY] = reader;
}
