// The content script's second stage: everything that reads a page (the extractors, Readability,
// DOMPurify), imported by the content script when it must read the page (lib/content/page-reader.ts).
import { defineUnlistedScript } from 'wxt/utils/define-unlisted-script';
import { installReader } from '../lib/content/page-reader';
import { READ_BUDGET_MS, readCards, readPage } from '../lib/extract/registry';

export default defineUnlistedScript(() =>
  installReader({
    readPage: (doc, url) => readPage(doc, url, { budgetMs: READ_BUDGET_MS }),
    readCards,
  }),
);
