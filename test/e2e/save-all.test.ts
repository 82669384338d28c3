// Issue 13, "Save all": one click on the careers list saves each listed job once, the board shows
// each of them once, and a second "Save all" (after a reload) adds none.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, launch, serve, type Session } from './harness';

const careers = fixture('science-careers');
const jobIds = careers.expected.jobIds as string[];
const first = (careers.expected.jobs as { title: string }[])[0]!.title;

let session: Session;

before(async () => {
  session = await launch();
  await serve(session.context, 'science', new URL(careers.source).pathname, careers.html);
});
after(() => session?.close());

test('"Save all" on the careers list saves every job once; a second one adds none', async () => {
  const page = await session.context.newPage();
  await page.goto(careers.source);
  const saveAll = page.getByRole('button', { name: `Save all ${jobIds.length} jobs`, exact: true });
  await saveAll.click();
  await page
    .getByRole('status')
    .filter({ hasText: `Added ${jobIds.length} jobs` })
    .waitFor();
  // Every card's own button follows at once, without another question to the background.
  await page
    .getByRole('button', { name: /^Saved: / })
    .nth(jobIds.length - 1)
    .waitFor();
  assert.equal(await page.getByRole('button', { name: /^Save job: / }).count(), 0);

  const board = await session.context.newPage();
  await board.goto(`chrome-extension://${session.extensionId}/jobs.html`);
  const saved = board.getByRole('region', { name: /^Saved/ });
  await saved
    .getByRole('article')
    .nth(jobIds.length - 1)
    .waitFor();
  assert.equal(await board.getByRole('article').count(), jobIds.length);
  const ids = await board.locator('.job-card').evaluateAll((cards) => cards.map((card) => card.id).sort());
  assert.deepEqual(ids, jobIds.map((id) => `job:${id}`).sort());

  await page.reload();
  await page.getByRole('button', { name: `Saved: ${first}`, exact: true }).waitFor();
  await page.getByRole('button', { name: `Save all ${jobIds.length} jobs`, exact: true }).click();
  await page
    .getByRole('status')
    .filter({ hasText: `No new jobs added · ${jobIds.length} already saved` })
    .waitFor();
  await board.reload();
  await saved.getByRole('article').first().waitFor();
  assert.equal(await board.getByRole('article').count(), jobIds.length);
});
