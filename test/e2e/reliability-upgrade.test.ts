// Issue 11, point 10: a profile written by the previous schema version (2), opened by the current
// build in Chromium, as an update of the extension does it. The profile is the one the previous
// build wrote (test/e2e/upgrade/profile-v2.json: its IndexedDB stores and storage.local), put
// back in place by a stub extension loaded from the same folder; the folder's files are then
// replaced by the current build, which keeps the extension's id and so its storage.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { cpSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { EXTENSION_DIR, launchProfile, type Session } from './harness';
import { dumpDatabase, restoreDatabase, storeOf, type DatabaseDump } from './upgrade/profile-dump';

/** The extension APIs inside extension pages, where these `page.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

const PROFILE = JSON.parse(readFileSync(join(import.meta.dirname, 'upgrade/profile-v2.json'), 'utf8')) as DatabaseDump & {
  storageLocal: Record<string, unknown>;
};
const LEINO = 'url:https://www.amazon.science/working-at-amazon/rustan-leino-provides-proof-that-software-is-bug-free';
const OVERFIT = 'url:https://www.amazon.science/blog/why-dont-machine-learning-research-agents-overfit';

const root = mkdtempSync(join(tmpdir(), 'sc-upgrade-'));
const extensionDir = join(root, 'extension');
const profileDir = join(root, 'profile');
let session: Session;

/** A stub with the extension's storage permissions and a worker, only to write the old profile. */
function writeStub(): void {
  rmSync(extensionDir, { recursive: true, force: true });
  mkdirSync(extensionDir, { recursive: true });
  writeFileSync(
    join(extensionDir, 'manifest.json'),
    JSON.stringify({
      manifest_version: 3,
      name: 'Science Clipper (profile writer)',
      version: '0.0.1',
      permissions: ['storage', 'unlimitedStorage'],
      background: { service_worker: 'worker.js' },
    }),
  );
  writeFileSync(join(extensionDir, 'worker.js'), '');
  writeFileSync(join(extensionDir, 'blank.html'), '<!doctype html><title>profile writer</title>');
}

async function extensionPage(path: string): Promise<Page> {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/${path}`);
  return page;
}

before(async () => {
  writeStub();
  const stub = await launchProfile(extensionDir, profileDir);
  const stubId = stub.extensionId;
  try {
    // tsx names the functions it compiles with a __name() helper that pages do not have.
    await stub.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
    const page = await stub.context.newPage();
    await page.goto(`chrome-extension://${stubId}/blank.html`);
    await restoreDatabase(page, PROFILE);
    await page.evaluate((local) => chrome.storage.local.set(local), PROFILE.storageLocal);
  } finally {
    await stub.close();
  }

  // The update: the folder now holds the current build.
  rmSync(extensionDir, { recursive: true, force: true });
  cpSync(EXTENSION_DIR, extensionDir, { recursive: true });
  session = await launchProfile(extensionDir, profileDir);
  await session.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  assert.equal(session.extensionId, stubId, 'the update keeps the extension id, and so its storage');
});
after(async () => {
  await session?.close();
  rmSync(root, { recursive: true, force: true, maxRetries: 5 });
});

test('every item, snapshot and image comes through the upgrade byte for byte, and every user setting stays', async () => {
  const page = await extensionPage('library.html');
  await page.getByText('6 items').waitFor({ timeout: 60_000 });
  const upgraded = await dumpDatabase(page);
  assert.equal(upgraded.version, 30);
  for (const store of ['items', 'snapshots', 'images']) {
    assert.deepEqual(storeOf(upgraded, store).rows, storeOf(PROFILE, store).rows, `the ${store} store is unchanged`);
  }
  assert.deepEqual(await page.evaluate(() => chrome.storage.local.get(null)), PROFILE.storageLocal);
  await page.close();
});

test('the upgraded library lists, searches and opens every item with its user fields', async () => {
  const page = await extensionPage('library.html');
  for (const row of storeOf(PROFILE, 'items').rows as Array<{ title: string }>)
    await page.getByRole('article', { name: row.title }).first().waitFor();
  await page.getByLabel('Search the library').fill('leino');
  await page
    .getByRole('article', { name: /Rustan Leino/ })
    .first()
    .waitFor();
  await page.close();

  const board = await extensionPage('jobs.html');
  const job = (storeOf(PROFILE, 'items').rows as Array<{ id: string; title: string }>).find((row) => row.id === 'job:1324373')!;
  await board
    .getByRole('region', { name: /Interviewing/ })
    .getByRole('link', { name: job.title })
    .waitFor();
  await board.close();
});

test('the reader shows the stored pictures, a picture that was never had as not saved, and keeps the text size', async () => {
  const reader = await extensionPage(`reader.html?id=${encodeURIComponent(LEINO)}`);
  const hero = reader.locator('.reader-hero img');
  await hero.waitFor();
  assert.match((await hero.getAttribute('src')) ?? '', /^blob:chrome-extension:/);
  assert.ok(await hero.evaluate((img: HTMLImageElement) => img.naturalWidth > 0), 'the stored hero decodes');
  // Step 4 of the text sizes (lib/reader/prefs.ts), as the profile left it.
  assert.equal(
    await reader.locator('.reader-article').evaluate((el) => getComputedStyle(el).getPropertyValue('--reader-size').trim()),
    '24px',
  );
  await reader.close();

  const overfit = await extensionPage(`reader.html?id=${encodeURIComponent(OVERFIT)}`);
  await overfit.locator('.reader-body').waitFor();
  await overfit
    .getByRole('img', { name: /^Image not saved/ })
    .first()
    .waitFor();
  await overfit.close();
});

test('the check of the options page finds nothing to repair after the upgrade', async () => {
  const page = await extensionPage('options.html');
  await page.getByRole('button', { name: 'Check and repair library' }).click();
  await page
    .getByRole('region', { name: 'Check and repair library' })
    .getByText(/everything matched your items/)
    .waitFor({ timeout: 60_000 });
  await page.close();
});
