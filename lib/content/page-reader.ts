// The content script's second stage: the page reader (the extractors, Readability, DOMPurify),
// built as its own script (entrypoints/page-reader.ts) and loaded only when a page must be read.
//
// How it is loaded, and why (measured in Chromium on the 2-core machine, 15 loads each, on a
// job posting with the content script running): WXT builds content scripts as single files
// without code splitting, so the reader is either injected by the background
// (`browser.scripting.executeScript({ files })`, after a message) or imported by the content
// script (`import()` of a web-accessible file). The import took 29 ms from asking to ready and
// 5 ms of the page's script time; the injection 62 ms and 17 ms (the round trip through the
// service worker, and no code cache for injected files). The import also works under a page
// Content-Security-Policy of `script-src 'none'`, and runs in the content script's own world,
// where the reader leaves its API under READER_KEY. The file is web-accessible only to our
// sites' pages and only at a per-session address (wxt.config.ts), so pages cannot probe for it.
import type { JobCard } from '../extract/jobs/cards';
import type { PageReading } from '../extract/registry';

/** Where the page reader leaves its API on the content-script world's global object. */
export const READER_KEY = '__scienceClipperPageReader';

export interface PageReader {
  /** The registry's readPage, with the content script's time budget: the clip a save sends, and the cards. */
  readPage(doc: Document, url: URL): PageReading;
  /** The registry's readCards: the job cards alone, for their buttons. */
  readCards(doc: Document, url: URL): JobCard[];
}

export const READER_NOT_LOADED = 'The page reader did not load. Reload the page and try again.';

function installed(): PageReader | null {
  return ((globalThis as Record<string, unknown>)[READER_KEY] as PageReader | undefined) ?? null;
}

/**
 * A loader of the page reader: the first call loads it (`load`: the import), later calls share
 * that one load. A failed load is forgotten, so the next call tries again.
 */
export function readerLoader(load: () => Promise<unknown>): () => Promise<PageReader> {
  let loading: Promise<PageReader> | null = null;
  return () => {
    const ready = installed();
    if (ready) return Promise.resolve(ready);
    // A failed import says so in the browser's words (a file address and a network error): the
    // user reads ours instead.
    loading ??= load()
      .catch(() => undefined)
      .then(() => {
        const reader = installed();
        if (!reader) throw new Error(READER_NOT_LOADED);
        return reader;
      });
    loading.catch(() => (loading = null));
    return loading;
  };
}

/** Makes `reader` the page reader of this world: what entrypoints/page-reader.ts does when loaded. */
export function installReader(reader: PageReader): void {
  (globalThis as Record<string, unknown>)[READER_KEY] = reader;
}
