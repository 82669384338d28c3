// Fixture pages for the reader's tests, parsed with jsdom at the address they were visited at.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';

const FIXTURES = join(__dirname, '../../fixtures');

export interface ReaderFixture {
  html: string;
  source: string;
  expected: Record<string, unknown>;
  /** A fresh parse of the page; never shared, so no test can see another's changes. */
  document(): Document;
}

export function readerFixture(name: string): ReaderFixture {
  const html = readFileSync(join(FIXTURES, `${name}.html`), 'utf8');
  const expected = JSON.parse(readFileSync(join(FIXTURES, `${name}.expected.json`), 'utf8')) as Record<string, unknown>;
  const source = String(expected._source);
  // jsdom cannot parse some of the hostile page's style sheets; that is expected, not news.
  const quiet = new VirtualConsole();
  return { html, source, expected, document: () => new JSDOM(html, { url: source, virtualConsole: quiet }).window.document };
}
