// Firefox end to end: a profile saved while online reads offline in the reader, its pictures
// coming from the copies the background downloaded at save time; nothing is requested.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, pngImage, until } from '../e2e/harness';
import { byRole, IMAGES, launchFirefox, newTab, openExtensionPage, SCIENCE, storeRows, type FirefoxSession } from './harness';

const leino = fixture('science-profile-leino');
const itemId = `url:${String(leino.expected.url)}`;
let session: FirefoxSession;

before(async () => {
  session = await launchFirefox();
  session.proxy.serve(SCIENCE, new URL(leino.source).pathname, leino.html);
  session.proxy.serve(IMAGES, /./, pngImage(1440, 810), 'image/png');
});
after(() => session?.close());

test('in Firefox, the reader shows a saved profile and its pictures offline, requesting nothing', async () => {
  const page = await newTab(session, leino.source);
  await (await byRole(page, 'button', 'Save to Science Clipper')).click();
  await byRole(page, 'button', 'Saved');
  const extension = await openExtensionPage(session, 'options.html', 'h1');
  await until(
    async () => (await storeRows(extension, 'images')).some((row) => row.status === 'ok' && (row.itemIds as string[]).includes(itemId)),
    'the pictures downloaded by the background',
    30_000,
  );

  await page.close();
  session.proxy.offline = true;
  session.proxy.requests.length = 0;
  const reader = await openExtensionPage(session, `reader.html?id=${encodeURIComponent(itemId)}`, '.reader-hero img');
  assert.equal(await reader.$eval('h1', (h1) => h1.textContent), leino.expected.title);
  await reader.waitForFunction(() => (document.querySelector('.reader-hero img') as HTMLImageElement).naturalWidth > 0);
  assert.match(await reader.$eval('.reader-hero img', (img) => (img as HTMLImageElement).src), /^blob:moz-extension:/);
  assert.deepEqual(session.proxy.requests, []);
});
