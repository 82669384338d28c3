// Firefox end to end (issue 11, point 3): the library's JSON export, written by a worker into the
// private file system a piece at a time, and the import the background reads from the page's
// blob: address, line by line, in one transaction: a library exported, cleared and imported again
// through the options page comes back the same.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Page } from 'puppeteer-core';
import { exportParts } from '../../lib/export/library-json';
import { generateLibrary } from '../bench/library-generator';
import { until } from '../e2e/harness';
import { byRole, launchFirefox, openExtensionPage, storeRows, WAIT_MS, type FirefoxSession } from './harness';

const items = generateLibrary(60, { seed: 11 });
const dir = mkdtempSync(join(tmpdir(), 'sc-ff-export-'));
let session: FirefoxSession;

before(async () => {
  session = await launchFirefox();
});
after(() => session?.close());

const byId = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

/** Chooses `path` in the page's import field, then confirms the preview's import of `count` items. */
async function importFile(page: Page, path: string, count: number): Promise<void> {
  const input = await page.waitForSelector('input[aria-label="Choose an export file to import"]');
  await input!.uploadFile(path);
  await (await byRole(page, 'button', `Import ${count} items`)).click();
  await page.waitForFunction(
    (n: number) => document.body.innerText.includes(`Imported: ${n} new, 0 updated, 0 unchanged`),
    { timeout: WAIT_MS },
    count,
  );
}

/** The text of the file the page hands to the downloads when `button` is clicked (the link's blob, read in the page). */
async function downloadedText(page: Page, button: string): Promise<{ name: string; text: string }> {
  await page.evaluate(() => {
    const target = globalThis as unknown as { downloaded?: Promise<{ name: string; text: string }> };
    target.downloaded = new Promise((resolve) => {
      HTMLAnchorElement.prototype.click = function () {
        void fetch(this.href)
          .then((response) => response.text())
          .then((text) => resolve({ name: this.download, text }));
      };
    });
  });
  await (await byRole(page, 'button', button)).click();
  return page.evaluate(() => (globalThis as unknown as { downloaded: Promise<{ name: string; text: string }> }).downloaded);
}

test('in Firefox, export, clear, import: the library comes back the same', async () => {
  const seed = join(dir, 'seed.json');
  writeFileSync(seed, exportParts(items).join(''));
  const page = await openExtensionPage(session, 'options.html', 'h1');
  await importFile(page, seed, 60);
  const original = byId(await storeRows(page, 'items'));
  assert.equal(original.length, 60);

  const exported = await downloadedText(page, 'Export library (JSON)');
  assert.match(exported.name, /^science-clipper-export-\d{4}-\d{2}-\d{2}\.json$/);
  const file = JSON.parse(exported.text) as { format: string; version: number; count: number; items: unknown[] };
  assert.equal(file.format, 'science-clipper');
  assert.equal(file.version, 2);
  assert.equal(file.count, 60);
  assert.deepEqual(byId(file.items as Array<Record<string, unknown>>), original);

  await page.evaluate(
    async (itemIds) => {
      const api = (globalThis as unknown as { browser: typeof import('wxt/browser').browser }).browser;
      await api.runtime.sendMessage({ type: 'delete-items', itemIds });
    },
    original.map((item) => String(item.id)),
  );
  await until(async () => (await storeRows(page, 'items')).length === 0, 'the library cleared', WAIT_MS);

  const back = join(dir, 'exported.json');
  writeFileSync(back, exported.text);
  await page.close();
  const again = await openExtensionPage(session, 'options.html', 'h1');
  await importFile(again, back, 60);
  assert.deepEqual(byId(await storeRows(again, 'items')), original);
});
