import { generateLibrary } from './bench/library-generator';
import { seedLibrary, openFiles } from './bench/seed';
import { launch } from './e2e/harness';
async function main() {
const session = await launch();
try {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 800 });
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await page.getByRole('heading', { name: 'Your library is empty' }).waitFor();
  const items = generateLibrary(30, { seed: 5 });
  await seedLibrary(page, items);
  await page.getByText('30 items').waitFor();
  await page.screenshot({ path: '/tmp/shots/library.png' });
  await openFiles(page);
  await page.locator('.lib-select').first().check();
  await page.locator('.lib-select').nth(1).check();
  await page.screenshot({ path: '/tmp/shots/library-panel.png' });
  const article = items.find((i) => i.kind !== 'job')!;
  const reader = await session.context.newPage();
  await reader.setViewportSize({ width: 1100, height: 700 });
  await reader.goto(`chrome-extension://${session.extensionId}/reader.html?id=${encodeURIComponent(article.id)}`);
  await reader.locator('.reader-body p').first().waitFor();
  await reader.screenshot({ path: '/tmp/shots/reader.png' });
} finally {
  await session.close();
}
}
main().catch((e) => { console.error(e); process.exit(1); });
