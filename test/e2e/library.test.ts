// Issue 4 end to end: a library exported from the library page, cleared, and imported again
// through the page's preview is the same library, listed, searchable and exported identically.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import type { WxtBrowser } from 'wxt/browser';
import { generateLibrary } from '../bench/library-generator';
import { openFiles, seedLibrary } from '../bench/seed';
import { launch, storeRows, until, type Session } from './harness';

/** The extension APIs inside extension pages, where these `page.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

const items = generateLibrary(60, { seed: 11 });
let session: Session;

before(async () => {
  session = await launch();
});
after(() => session?.close());

const byId = (rows: Array<Record<string, unknown>>) => [...rows].sort((a, b) => String(a.id).localeCompare(String(b.id)));

test('export, clear, import: the library comes back the same, and the list shows it', async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
  await seedLibrary(page, items);
  // The page reads the database live: the seeded items appear without a reload.
  await page.getByText('60 items').waitFor();
  const original = byId(await storeRows(session, 'items'));
  assert.equal(original.length, 60);

  await openFiles(page);
  const download = page.waitForEvent('download');
  await page.getByRole('button', { name: 'Export library (JSON)' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^science-clipper-export-\d{4}-\d{2}-\d{2}\.json$/);
  const path = await file.path();
  const exported = JSON.parse(readFileSync(path, 'utf8')) as { format: string; version: number; items: unknown[] };
  assert.equal(exported.format, 'science-clipper');
  assert.equal(exported.version, 2);
  assert.equal(exported.items.length, 60);

  await page.evaluate(
    (itemIds) => chrome.runtime.sendMessage({ type: 'delete-items', itemIds }),
    items.map((i) => i.id),
  );
  await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
  assert.equal((await storeRows(session, 'items')).length, 0);

  await openFiles(page);
  await page.getByLabel('Choose an export file to import').setInputFiles(path);
  const preview = page.getByRole('dialog', { name: 'Import preview' });
  await preview.waitFor();
  assert.match(await preview.innerText(), /60\s*new\s*0\s*updated\s*0\s*unchanged\s*0\s*invalid/);
  await preview.getByRole('button', { name: 'Import 60 items' }).click();
  await page.getByText('Imported: 60 new, 0 updated, 0 unchanged.').waitFor();
  await page.getByText('60 items').waitFor();

  assert.deepEqual(byId(await storeRows(session, 'items')), original);

  // The imported library is searchable at once: the first item's title finds it.
  const title = String(items[0]!.title);
  await page.getByLabel('Search the library').fill(title.split(' ').slice(0, 3).join(' '));
  await page.getByRole('article', { name: title }).first().waitFor();

  // Importing the same file again changes nothing.
  await openFiles(page);
  await page.getByLabel('Choose an export file to import').setInputFiles(path);
  await until(async () => /0\s*new\s*0\s*updated\s*60\s*unchanged/.test(await preview.innerText()), 'the second preview');
  assert.equal(await preview.getByRole('button', { name: /^Import/ }).isDisabled(), true);
});

test('a file that is not an export is refused with a message, and the library is unchanged', async () => {
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  const before = await storeRows(session, 'items');
  await page
    .getByLabel('Choose an export file to import')
    .setInputFiles({ name: 'notes.json', mimeType: 'application/json', buffer: Buffer.from('{"format":"other","items":[]}') });
  await page
    .getByRole('alert')
    .getByText(/not a Science Clipper export/)
    .waitFor();
  assert.deepEqual(await storeRows(session, 'items'), before);
  await page
    .getByTestId('persisted')
    .filter({ hasText: /Yes|No/ })
    .waitFor();
  assert.match(await page.getByTestId('usage').innerText(), /MB/);
});
