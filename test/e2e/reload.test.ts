// Issue 10 end to end: the extension reloaded (as an update does) while one of our pages is open.
// The old content script is an orphan then: it must take its widget and buttons out and stop,
// without a single error in the page's console. In a file of its own: the reload ends the
// service worker the other tests talk to.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { ConsoleMessage } from 'playwright-core';
import type { WxtBrowser } from 'wxt/browser';
import { fixture, launch, serve, until, type Session } from './harness';

/** The extension APIs inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

const leino = fixture('science-profile-leino');
let session: Session;

before(async () => {
  session = await launch();
  await serve(session.context, 'science', new URL(leino.source).pathname, leino.html);
});
after(() => session?.close());

/** A console message or page error that comes from the extension rather than from the page. */
function fromUs(text: string, url = ''): boolean {
  return url.startsWith('chrome-extension://') || /Science Clipper|Extension context invalidated|chrome-extension:\/\//i.test(text);
}

test('reloading the extension takes the old widget and job buttons out of an open page, quietly', async () => {
  const page = await session.context.newPage();
  const errors: string[] = [];
  page.on('console', (message: ConsoleMessage) => {
    if ((message.type() === 'error' || message.type() === 'warning') && fromUs(message.text(), message.location().url))
      errors.push(message.text());
  });
  page.on('pageerror', (error) => {
    if (fromUs(`${error.message}\n${error.stack ?? ''}`)) errors.push(error.message);
  });
  await page.goto(leino.source);
  await page.getByRole('button', { name: 'Save to Science Clipper' }).waitFor();
  await page.locator('science-clipper-job').first().waitFor();

  // The worker ends while it answers, so the evaluation itself may fail: that is the reload.
  await session.worker.evaluate(() => chrome.runtime.reload()).catch(() => undefined);
  await until(async () => (await page.locator('science-clipper-widget, science-clipper-job').count()) === 0, 'our UI to leave the page');
  // Time for anything the orphan still had scheduled (idle reads, watchers, timers) to run.
  await page.waitForTimeout(3_000);
  // Pages keep changing after the reload: the orphan must not wake up for them.
  await page.evaluate(() => {
    document
      .querySelector('main')
      ?.insertAdjacentHTML(
        'beforeend',
        '<ul><li><a href="https://www.amazon.jobs/en/jobs/10600009/x">Applied Scientist, After Reload</a></li></ul>',
      );
    history.pushState({}, '', `${location.pathname}?after=reload`);
  });
  await page.waitForTimeout(2_000);

  assert.equal(await page.locator('science-clipper-widget, science-clipper-job').count(), 0);
  assert.deepEqual(errors, []);
  await page.close();
});
