// Writes test/e2e/upgrade/profile-v<N>.json: a small library made by the extension as built now
// (profile-v2.json was written by the build of commit 6410a9e, database version 2)
// (`npm run build` first), dumped store by store with each store's definition, so that a later
// build's upgrade can be tested on the exact rows this build wrote (test/e2e/reliability-upgrade.test.ts).
// Run it before a change bumps the database version:
//   node --import tsx test/e2e/upgrade/make-profile.ts
// Items are saved through the background's own messages, with the fixtures' pages as clips and
// snapshots and small generated pictures served at the image hosts; one picture is refused so
// that a "missing" row is part of the profile too.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { JSDOM, VirtualConsole } from 'jsdom';
import type { WxtBrowser } from 'wxt/browser';
import { extractPage } from '../../../lib/extract/registry';
import type { Clip } from '../../../lib/types';
import { fixture, launch, pngImage, ROOT } from '../harness';
import { dumpDatabase, DUMPED_DATABASE } from './profile-dump';

declare const chrome: WxtBrowser;

const ARTICLES = ['science-profile-leino', 'science-qa-rastogi', 'science-blog-overfit'];
const JOBS = ['jobs-detail-1324373', 'jobs-detail-virtual'];

/** The fixture page as the extension reads it. */
function clipOf(name: string): Clip {
  const { source, html } = fixture(name);
  return extractPage(new JSDOM(html, { url: source, virtualConsole: new VirtualConsole() }).window.document, new URL(source));
}

async function main(): Promise<void> {
  const session = await launch();
  await session.context.addInitScript({ content: 'globalThis.__name = (fn) => fn;' });
  const picture = pngImage(48, 27);
  await session.context.route(/^https:\/\/(cdn|assets)\.amazon\.science\//, (route) =>
    // The overfit article's body figure is refused: its row is stored as missing.
    route.request().url().includes('compressionmodels-04')
      ? route.fulfill({ status: 404, body: '' })
      : route.fulfill({ status: 200, contentType: 'image/png', body: picture }),
  );
  try {
    const page = await session.context.newPage();
    await page.goto(`chrome-extension://${session.extensionId}/options.html`);
    const send = (message: Record<string, unknown>) =>
      page.evaluate(async (m) => {
        const reply = (await chrome.runtime.sendMessage(m)) as { ok: boolean; error?: string; data?: unknown };
        if (!reply.ok) throw new Error(reply.error);
        return reply.data;
      }, message);
    for (const name of [...ARTICLES, ...JOBS]) {
      const { source, html } = fixture(name);
      await send({ type: 'save-clip', clip: clipOf(name), pageUrl: source, html });
    }
    // A job known only from a card of the profile page, and the user's own fields on several items.
    const careers = clipOf('science-careers');
    if (careers.kind !== 'job-list') throw new Error('the careers fixture is no longer a job list');
    await send({ type: 'save-job', job: careers.jobs[0], pageUrl: fixture('science-careers').source });
    const leinoId = `url:${String(fixture('science-profile-leino').expected.url)}`;
    await send({ type: 'set-tags', itemId: leinoId, tags: ['Verification', 'to read'] });
    await send({ type: 'set-tags', itemId: 'job:1324373', tags: ['dream job'] });
    await send({ type: 'set-status', itemId: 'job:1324373', status: 'applied' });
    await send({ type: 'set-status', itemId: 'job:1324373', status: 'interviewing' });
    await send({
      type: 'set-job-details',
      itemId: 'job:1324373',
      notes: 'Phone screen with the hiring manager.\nAsk about the team.',
      followUp: '2026-12-01',
    });
    await send({ type: 'set-status', itemId: 'job:719075', status: 'withdrawn' });
    await page.evaluate(
      (id) => chrome.storage.local.set({ [`readerPosition:${id}`]: { fraction: 0.42, at: 1_764_000_000_000 }, readerTextSizeStep: 4 }),
      leinoId,
    );
    // Every picture has been fetched (or refused) once the images of the three articles are rows.
    const deadline = Date.now() + 20_000;
    for (;;) {
      const dump = await dumpDatabase(page);
      const images = dump.stores.find((s) => s.name === 'images')!.rows;
      if (images.length >= 5 || Date.now() > deadline) break;
      await page.waitForTimeout(200);
    }
    const dump = await dumpDatabase(page);
    const local = await page.evaluate(() => chrome.storage.local.get(null));
    const version = dump.version / 10;
    const out = join(ROOT, `test/e2e/upgrade/profile-v${version}.json`);
    writeFileSync(out, `${JSON.stringify({ database: DUMPED_DATABASE, ...dump, storageLocal: local }, null, 1)}\n`);
    console.log(`wrote ${out}: ${dump.stores.map((s) => `${s.name} ${s.rows.length}`).join(', ')}`);
  } finally {
    await session.close();
  }
}

main().catch((error) => {
  console.error(error);
  process.exit(1);
});
