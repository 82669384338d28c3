// Bundled by test/bench/content.ts and run inside a fixture page in Chromium: our reading of a
// page, exactly as the content script reads a page to save it and to find its job cards, and
// Readability alone on a clone of the same document.
import { Readability } from '@mozilla/readability';
import { readPage } from '../../lib/extract/registry';

export function ours(doc: Document, url: URL): unknown {
  return readPage(doc, url);
}

export function readability(doc: Document): unknown {
  return new Readability(doc.cloneNode(true) as Document).parse();
}
