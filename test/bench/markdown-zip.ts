// `npm run bench` figure for issue 14: the whole library as a .zip of Markdown notes, from the
// click on the library page's button to the browser's download, and the archive's size.
import { statSync } from 'node:fs';
import type { Session } from '../e2e/harness';
import { openFiles } from './seed';

export interface MarkdownZipRuns {
  times: number[];
  megabytes: number;
  notes: string;
}

export async function markdownZipRuns(session: Session, runs: number): Promise<MarkdownZipRuns> {
  const page = await session.context.newPage();
  await page.setViewportSize({ width: 1280, height: 900 });
  await page.goto(`chrome-extension://${session.extensionId}/library.html`);
  await openFiles(page);
  const button = page.getByRole('group', { name: 'Markdown export' }).getByRole('button', { name: 'Markdown (.zip)' });
  const times: number[] = [];
  let megabytes = 0;
  let notes = '';
  for (let run = 0; run < runs; run++) {
    const download = page.waitForEvent('download', { timeout: 600_000 });
    const started = performance.now();
    await button.click();
    const file = await download;
    times.push(performance.now() - started);
    megabytes = statSync(await file.path()).size / 1024 / 1024;
    notes = (await page.locator('.markdown-zip-status').innerText({ timeout: 60_000 })).trim();
  }
  await page.close();
  return { times, megabytes, notes };
}
