// Accessibility: axe-core (WCAG 2.1 A and AA, and best practice) on every page of the extension,
// in the light and the dark theme, with a library in it. No serious or critical violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { generateLibrary } from '../bench/library-generator';
import { seedLibrary } from '../bench/seed';
import { seriousViolations } from './axe';
import { launch, type Session } from './harness';

const items = generateLibrary(24, { seed: 5 });
const article = items.find((item) => item.kind === 'article')!;

/** Each page, the size it is shown at, and what shows that it has rendered its content. */
const PAGES = [
  { path: 'popup.html', viewport: { width: 380, height: 580 }, ready: 'article' },
  { path: 'library.html', viewport: { width: 1280, height: 900 }, ready: '.lib-rows' },
  { path: 'jobs.html', viewport: { width: 1280, height: 900 }, ready: 'section h2' },
  { path: 'options.html', viewport: { width: 1000, height: 900 }, ready: 'h1' },
  { path: `reader.html?id=${encodeURIComponent(article.id)}`, viewport: { width: 1100, height: 900 }, ready: '.reader-body p' },
];

let session: Session;

before(async () => {
  session = await launch();
  const page = await session.context.newPage();
  await page.goto(`chrome-extension://${session.extensionId}/options.html`);
  await seedLibrary(page, items);
  await page.close();
});
after(() => session?.close());

for (const { path, viewport, ready } of PAGES) {
  test(`${path.replace(/\?.*/, '')} has no serious or critical accessibility violation, light or dark`, async () => {
    const page = await session.context.newPage();
    await page.setViewportSize(viewport);
    await page.goto(`chrome-extension://${session.extensionId}/${path}`);
    await page.locator(ready).first().waitFor();
    for (const colorScheme of ['light', 'dark'] as const) {
      await page.emulateMedia({ colorScheme });
      assert.deepEqual(await seriousViolations(page), [], `${colorScheme} theme`);
    }
    await page.close();
  });
}
