// Firefox end to end: an article saved with the widget shows "Saved" and the ✓ badge, is stored
// once (with its gzip snapshot: CompressionStream in Firefox's event page), recognised at a URL
// variant, and listed once in the popup.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, until } from '../e2e/harness';
import {
  badgeText,
  byRole,
  countByRole,
  launchFirefox,
  newTab,
  openExtensionPage,
  SCIENCE,
  storeRows,
  type FirefoxSession,
} from './harness';

const article = fixture('science-blog-overfit');
const path = new URL(article.source).pathname;
const title = String(article.expected.title);
let session: FirefoxSession;

before(async () => {
  session = await launchFirefox();
  session.proxy.serve(SCIENCE, path, article.html);
});
after(() => session?.close());

test('in Firefox, a saved article shows Saved at a URL variant and is listed once in the popup', async () => {
  const page = await newTab(session, article.source);
  const save = await byRole(page, 'button', 'Save to Science Clipper');
  const extension = await openExtensionPage(session, 'options.html', 'h1');
  await until(async () => (await badgeText(extension, page.url())) === '+', 'the savable badge', 30_000);

  await save.click();
  await byRole(page, 'button', 'Saved');
  await until(async () => (await badgeText(extension, page.url())) === '✓', 'the saved badge', 30_000);
  const items = await storeRows(extension, 'items');
  assert.deepEqual(
    items.map((item) => item.title),
    [title],
  );
  await until(
    async () => (await storeRows(extension, 'snapshots')).some((row) => row.itemId === items[0]!.id),
    'the page snapshot',
    30_000,
  );

  const variant = await newTab(session, `https://amazon.science${path}/?utm_source=firefox#comments`);
  await byRole(variant, 'button', 'Saved');
  assert.equal(await countByRole(variant, 'button', 'Save to Science Clipper'), 0);

  const popup = await openExtensionPage(session, 'popup.html', 'article');
  await byRole(popup, 'article', title);
  assert.equal(await countByRole(popup, 'article', /./), 1);
  assert.equal((await storeRows(extension, 'items')).length, 1);
});
