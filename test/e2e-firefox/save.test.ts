// Firefox end to end: an article saved with the widget shows "Saved" and the ✓ badge, is stored
// once (with its gzip snapshot: CompressionStream in Firefox's event page), recognised at a URL
// variant, and listed once in the popup; a careers page's job cards get their buttons from the
// card reader (a second-stage file of its own); Firefox shows the extension with its own icon.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { join } from 'node:path';
import type { ElementHandle } from 'puppeteer-core';
import { fixture, ROOT, until } from '../e2e/harness';
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
  WAIT_MS,
} from './harness';

const article = fixture('science-blog-overfit');
const careers = fixture('science-careers');
const careerJobs = careers.expected.jobs as { title: string }[];
const path = new URL(article.source).pathname;
const title = String(article.expected.title);
let session: FirefoxSession;

before(async () => {
  session = await launchFirefox();
  session.proxy.serve(SCIENCE, path, article.html);
  session.proxy.serve(SCIENCE, new URL(careers.source).pathname, careers.html);
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

test('in Firefox, every job card of a careers page gets its Save job button, and one saves its job', async () => {
  const page = await newTab(session, careers.source);
  const first = careerJobs[0]!.title;
  await byRole(page, 'button', `Save job: ${first}`);
  assert.equal(await countByRole(page, 'button', /^Save job: /), careerJobs.length);
  await (await byRole(page, 'button', `Save job: ${first}`)).click();
  await byRole(page, 'button', `Saved: ${first}`);
  const extension = await openExtensionPage(session, 'options.html', 'h1');
  await until(async () => (await storeRows(extension, 'items')).some((item) => item.title === first), 'the saved job', 30_000);
});

test('Firefox lists the extension with its id and its own icon', async () => {
  const page = await session.browser.newPage();
  await page.setViewport({ width: 1000, height: 640 });
  page.goto('about:debugging#/runtime/this-firefox').catch(() => undefined);
  // about:debugging is a privileged page where puppeteer's own waiting helpers do not run: poll it.
  const listed = `[...document.querySelectorAll('li')].find((li) => li.textContent.includes('science-clipper@science-clipper'))`;
  await until(
    async () => (await page.evaluate(`Boolean(${listed})`).catch(() => false)) === true,
    'the extension in about:debugging',
    WAIT_MS,
  );
  const card = (await page.evaluateHandle(listed)) as ElementHandle<HTMLLIElement>;
  const icon = await card.evaluate(async (li) => {
    const img = li.querySelector('img')!;
    await img.decode();
    return { src: img.src, width: img.naturalWidth };
  });
  assert.match(icon.src, /\/icon\/\d+\.png$/);
  assert.ok(icon.width > 0, 'the icon decoded');
  // The README's picture is refreshed on request only, so a test run leaves the work tree clean.
  if (process.env.UPDATE_SCREENSHOTS) await page.screenshot({ path: join(ROOT, 'docs/screenshots/firefox-install.png') });
  await page.close();
});
