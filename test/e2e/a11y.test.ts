// Accessibility: axe-core (WCAG 2.1 A and AA, and best practice) on every page of the extension,
// in the light and the dark theme, with a library in it. No serious or critical violation.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import type { AxeResults } from 'axe-core';
import { generateLibrary } from '../bench/library-generator';
import { seedLibrary } from '../bench/seed';
import { launch, type Session } from './harness';

const AXE = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'best-practice'];

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

/** The serious and critical violations on the page as it is now, one line each. */
async function seriousViolations(page: Page): Promise<string[]> {
  // Evaluated through the debugging protocol: extension pages' CSP forbids inline <script> tags.
  await page.evaluate(AXE);
  const results = (await page.evaluate(
    (tags) =>
      (globalThis as unknown as { axe: { run(context: Document, options: object): Promise<unknown> } }).axe.run(document, {
        runOnly: { type: 'tag', values: tags },
      }),
    TAGS,
  )) as AxeResults;
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .map(
      (v) =>
        `${v.impact} ${v.id}: ${v.help} (${v.nodes
          .map((n) => n.target.join(' '))
          .slice(0, 3)
          .join(', ')})`,
    );
}

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
