// Issue 14 end to end: a profile saved with the widget (its pictures stored) and a generated
// library, exported from the library page as a .zip of Markdown notes, unpacked: one note per
// item, every relative picture link resolving to a file in the archive. One item downloaded and
// copied as Markdown from its library row and from the reader.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { generateLibrary } from '../bench/library-generator';
import { openFiles, seedLibrary } from '../bench/seed';
import { fixture, launch, pngImage, readerUrl, serve, storeRows, until, type Session } from './harness';

const leino = fixture('science-profile-leino');
const leinoId = `url:${String(leino.expected.url)}`;
const LEINO_TITLE = String(leino.expected.title);
const generated = generateLibrary(40, { seed: 21 });
let session: Session;

before(async () => {
  session = await launch();
  const picture = pngImage(320, 180);
  await session.context.route(/^https:\/\/(cdn|assets)\.amazon\.science\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: picture }),
  );
  await serve(session.context, 'science', new URL(leino.source).pathname, leino.html);
  const tab = await session.context.newPage();
  await tab.goto(leino.source);
  await tab.getByRole('button', { name: 'Save to Science Clipper' }).click();
  await tab.getByRole('button', { name: 'Saved' }).waitFor();
  await until(async () => (await storeRows(session, 'images')).some((row) => row.status === 'ok'), 'the profile’s pictures to be stored');
  await tab.close();
});
after(() => session?.close());

/** Relative picture links of a note, decoded as a file system reads them. */
function pictureLinks(markdown: string): string[] {
  return [...markdown.matchAll(/!\[[^\]]*\]\((?!https?:)([^)\s]+)\)/g)].map((m) => decodeURIComponent(m[1]!));
}

test('the library exports as a .zip: one Markdown note per item, pictures in assets/ that the notes link to', async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.getByText('1 items').or(page.getByText('1 item')).first().waitFor();
  await seedLibrary(page, generated);
  await page.getByText('41 items').waitFor();

  await openFiles(page);
  const download = page.waitForEvent('download');
  await page.getByRole('group', { name: 'Markdown export' }).getByRole('button', { name: 'Markdown (.zip)' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^science-clipper-markdown-\d{4}-\d{2}-\d{2}\.zip$/);
  await page.getByText('Downloaded 41 items as Markdown.').waitFor();

  const archive = unzipSync(new Uint8Array(readFileSync(await file.path())));
  const names = Object.keys(archive);
  const folder = file.suggestedFilename().replace(/\.zip$/, '/');
  assert.ok(
    names.every((name) => name.startsWith(folder)),
    'everything sits in one folder',
  );
  const notes = names.filter((name) => name.endsWith('.md'));
  assert.equal(notes.length, (await storeRows(session, 'items')).length);
  assert.equal(notes.length, 41);
  let linked = 0;
  for (const note of notes) {
    const text = strFromU8(archive[note]!);
    assert.ok(text.startsWith('---\ntitle: '), `${note} starts with its properties`);
    for (const link of pictureLinks(text)) {
      const target = archive[folder + link];
      assert.ok(target, `${note} links ${link}, which is in the archive`);
      assert.deepEqual([...target.subarray(0, 4)], [0x89, 0x50, 0x4e, 0x47], `${link} is the stored PNG`);
      linked++;
    }
  }
  const leinoNote = strFromU8(archive[`${folder}${LEINO_TITLE}.md`]!);
  assert.ok(pictureLinks(leinoNote).length >= 2, 'the profile links its hero and its body picture');
  assert.ok(linked >= 2);
  await page.close();
});

test('one item from its library row: Download .md gives the note, Copy as Markdown puts it on the clipboard', async () => {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.getByLabel('Search the library').fill('Rustan Leino provides proof');
  const row = page.getByRole('article', { name: LEINO_TITLE });
  await row.waitFor();

  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: `Download .md: ${LEINO_TITLE}` }).click();
  const file = await download;
  assert.equal(file.suggestedFilename(), `${LEINO_TITLE}.md`);
  const text = readFileSync(await file.path(), 'utf8');
  assert.match(text, new RegExp(`^---\\ntitle: ${LEINO_TITLE}\\nkind: profile\\n`));
  assert.match(text, /\n# Rustan Leino provides proof that software is bug-free\n/);
  await row.getByText('Downloaded').waitFor();

  // Keyboard only: the row's copy button is reached and pressed without the mouse.
  await row.getByRole('button', { name: `Copy as Markdown: ${LEINO_TITLE}` }).focus();
  await page.keyboard.press('Enter');
  await row.getByText('Copied').waitFor();
  // Pasted as a user would (reading the clipboard from script needs a permission extension pages cannot be granted here).
  await page.evaluate(() => {
    const box = document.createElement('textarea');
    box.id = 'paste-here';
    document.body.append(box);
  });
  await page.locator('#paste-here').focus();
  await page.keyboard.press('ControlOrMeta+V');
  assert.equal(await page.locator('#paste-here').inputValue(), text);
  await page.close();
});

test('the reader offers the item it shows as Markdown', async () => {
  const reader = await session.context.newPage();
  await reader.goto(readerUrl(session, leinoId));
  await reader.locator('.reader-body p').first().waitFor();
  const download = reader.waitForEvent('download');
  await reader.getByRole('button', { name: 'Download .md' }).click();
  assert.equal((await download).suggestedFilename(), `${LEINO_TITLE}.md`);
  await reader.getByRole('button', { name: 'Copy as Markdown' }).click();
  await reader.getByRole('status').getByText('Copied').waitFor();
  await reader.close();
});
