// Issue 5 end to end: profiles saved with the widget read well offline in the reader — title,
// person card, an interview's questions and answers, and the hero picture from the extension's
// own copy — with no network request; the text size and reading position are kept.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { Page, Request } from 'playwright-core';
import { fixture, launch, pngImage, readerUrl, ROOT, serve, storeRows, until, type Fixture, type Session } from './harness';

const leino = fixture('science-profile-leino');
const rastogi = fixture('science-qa-rastogi');
const SCREENSHOT = join(ROOT, 'docs/screenshots/reader.png');
const SHOTS = process.env.READER_SHOTS_DIR;
let session: Session;

before(async () => {
  session = await launch();
  const picture = pngImage(1440, 810);
  // Served only until the pages are saved; the browser is offline when the reader opens.
  await session.context.route(/^https:\/\/(cdn|assets)\.amazon\.science\//, (route) =>
    route.fulfill({ status: 200, contentType: 'image/png', body: picture }),
  );
  for (const page of [leino, rastogi]) await serve(session.context, 'science', new URL(page.source).pathname, page.html);
  await save(leino);
  await save(rastogi);
  await session.context.setOffline(true);
});
after(() => session?.close());

function itemId(page: Fixture): string {
  return `url:${String(page.expected.url)}`;
}

/** Saves a fixture with the widget and waits until the background has stored its hero image. */
async function save(page: Fixture): Promise<void> {
  const tab = await session.context.newPage();
  await tab.goto(page.source);
  await tab.getByRole('button', { name: 'Save to Science Clipper' }).click();
  await tab.getByRole('button', { name: 'Saved' }).waitFor();
  await until(async () => {
    const images = await storeRows(session, 'images');
    return images.some((row) => row.status === 'ok' && (row.itemIds as string[]).includes(itemId(page)));
  }, `the images of ${page.name}`);
  await tab.close();
}

/** Opens the reader for a saved fixture, recording every request the page makes. */
async function openReader(page: Fixture, viewport = { width: 1100, height: 1300 }): Promise<{ reader: Page; requests: string[] }> {
  const reader = await session.context.newPage();
  const requests: string[] = [];
  reader.on('request', (request: Request) => requests.push(request.url()));
  await reader.setViewportSize(viewport);
  await reader.goto(readerUrl(session, itemId(page)));
  await reader.locator('.reader-body p').first().waitFor();
  return { reader, requests };
}

function offExtension(requests: readonly string[]): string[] {
  return requests.filter((url) => !url.startsWith(`chrome-extension://${session.extensionId}/`) && !url.startsWith('blob:'));
}

test('offline, a saved profile shows its title, person card and hero picture, and the reader requests nothing', async () => {
  const { reader, requests } = await openReader(leino);
  assert.equal(await reader.locator('h1').textContent(), leino.expected.title);
  const card = reader.getByRole('complementary', { name: 'About Rustan Leino' });
  await card.waitFor();
  const person = leino.expected.person as Record<string, string>;
  for (const fact of [person.role, person.team, person.organization]) assert.match((await card.textContent()) ?? '', new RegExp(fact!));

  const hero = reader.locator('.reader-hero img');
  await hero.waitFor();
  assert.ok(await hero.isVisible());
  const hero_ = await hero.evaluate((img: HTMLImageElement) => ({ src: img.src, width: img.naturalWidth }));
  assert.match(hero_.src, /^blob:chrome-extension:/);
  assert.ok(hero_.width > 0, 'the hero picture decoded');
  const bodyImages = await reader
    .locator('.reader-body img')
    .evaluateAll((imgs: HTMLImageElement[]) => imgs.map((img) => [img.src, img.naturalWidth]));
  assert.ok(bodyImages.length > 0, 'the body figure is shown');
  for (const [src, width] of bodyImages) assert.ok(String(src).startsWith('blob:') && Number(width) > 0, `body image ${src}`);

  await reader.evaluate(() => document.fonts.ready);
  // The README's picture is refreshed on request only, so a test run leaves the work tree clean.
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    await reader.screenshot({ path: SCREENSHOT });
  }
  if (SHOTS) {
    await reader.screenshot({ path: join(SHOTS, 'reader-light.png'), fullPage: true });
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.screenshot({ path: join(SHOTS, 'reader-dark.png') });
    await reader.screenshot({ path: join(SHOTS, 'reader-dark-full.png'), fullPage: true });
    await reader.emulateMedia({ colorScheme: 'light' });
  }
  assert.deepEqual(offExtension(requests), []);
  await reader.close();
});

test('an interview reads as questions and answers', async () => {
  const { reader, requests } = await openReader(rastogi);
  const qa = rastogi.expected.qa as Array<{ q: string; a: string }>;
  const questions = reader.locator('.reader-body .qa-question');
  assert.equal(await questions.count(), qa.length);
  const first = questions.first();
  assert.ok(await first.isVisible());
  assert.match((await first.textContent()) ?? '', new RegExp(qa[0]!.q.slice(0, 40).replace(/[.?*+()]/g, '\\$&')));
  const answer = first.locator('xpath=following-sibling::*[1]');
  assert.match((await answer.getAttribute('class')) ?? '', /qa-answer/);
  assert.ok(qa[0]!.a.startsWith(((await answer.textContent()) ?? '').trim().slice(0, 50)));
  if (SHOTS) {
    await first.scrollIntoViewIfNeeded();
    await reader.screenshot({ path: join(SHOTS, 'reader-qa-light.png') });
    await reader.emulateMedia({ colorScheme: 'dark' });
    await reader.screenshot({ path: join(SHOTS, 'reader-qa-dark.png') });
    await reader.setViewportSize({ width: 400, height: 800 });
    await reader.screenshot({ path: join(SHOTS, 'reader-qa-narrow.png') });
  }
  assert.deepEqual(offExtension(requests), []);
  await reader.close();
});

test('the text size and the reading position are kept; j and k move between sections', async () => {
  const { reader } = await openReader(leino, { width: 900, height: 700 });
  const size = () => reader.locator('.reader-article').evaluate((el) => getComputedStyle(el).fontSize);
  const before = await size();
  await reader.getByRole('button', { name: 'Larger text' }).click();
  assert.notEqual(await size(), before);

  const headings = reader.locator('.reader-body h2');
  await reader.keyboard.press('j');
  await reader.keyboard.press('j');
  await reader.keyboard.press('j');
  const top = await headings.first().evaluate((el) => el.getBoundingClientRect().top);
  assert.ok(top > 40 && top < 120, `the first heading is brought under the toolbar (top ${top})`);
  await reader.keyboard.press('k');
  assert.ok((await headings.first().evaluate((el) => el.getBoundingClientRect().top)) > top, 'k goes back up');

  await reader.evaluate(() => window.scrollTo(0, (document.documentElement.scrollHeight - innerHeight) / 2));
  const left = await reader.evaluate(() => window.scrollY);
  await reader.waitForTimeout(700);
  await reader.reload();
  await reader.locator('.reader-body p').first().waitFor();
  await until(async () => Math.abs((await reader.evaluate(() => window.scrollY)) - left) < 40, 'the reading position to come back', 5_000);
  assert.equal(await size(), await reader.locator('.reader-article').evaluate((el) => getComputedStyle(el).fontSize));
  assert.notEqual(await size(), before);
  await reader.close();
});

test('an unknown item says so', async () => {
  const reader = await session.context.newPage();
  await reader.goto(readerUrl(session, 'url:https://www.amazon.science/blog/never-saved'));
  await reader.getByRole('heading', { name: 'This item is not in your library' }).waitFor();
  await reader.close();
});
