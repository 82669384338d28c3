// Issue 10 end to end: the content script follows amazon.jobs as it changes without loading a
// new document: a posting opened from the search results by the history API, and results the
// page adds after load.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import type { Page } from 'playwright-core';
import { fixture, launch, serve, type Session } from './harness';

const posting = fixture('jobs-detail-1324373');
const POSTING_TITLE = String(posting.expected.title);
const POSTING_PATH = new URL(posting.source).pathname;
// The second posting of the navigation: the fixture re-numbered and re-titled.
const OTHER = { jobId: '1730719', title: 'Applied Scientist, Search Ranking' };

/**
 * Search results in amazon.jobs' manner (our own markup): a list of job tiles, each a title link
 * to its posting, a location and the job id. `late` tiles are added by the page's own script two
 * seconds after load, as the site does with the results it fetches.
 */
function searchPage(tiles: { jobId: string; title: string }[], late: { jobId: string; title: string }[] = []): string {
  const tile = ({ jobId, title }: { jobId: string; title: string }) =>
    `<li class="job-tile"><h3 class="job-title"><a href="/en/jobs/${jobId}/x">${title}</a></h3><p class="location-and-id">US, WA, Seattle | Job ID: ${jobId}</p></li>`;
  const lateScript = late.length
    ? `<script>setTimeout(() => document.querySelector('.jobs').insertAdjacentHTML('beforeend', ${JSON.stringify(late.map(tile).join(''))}), 2000);</script>`
    : '';
  return `<!doctype html><html><head><title>Search results | Amazon.jobs</title></head><body><header><nav><a href="/en/">Amazon.jobs</a></nav></header><main><h1>Search results</h1><ul class="jobs">${tiles.map(tile).join('')}</ul></main>${lateScript}</body></html>`;
}

const RESULTS = [
  { jobId: '1324373', title: POSTING_TITLE },
  { jobId: '1469178', title: 'Data Scientist, Retail Forecasting' },
];

/** The body of a posting page, taken from the fixture, as the site's script would render it. */
function postingBody(jobId: string, title: string): string {
  const body = /<body[^>]*>([\s\S]*)<\/body>/i.exec(posting.html)![1]!;
  return body.replaceAll('1324373', jobId).replaceAll(POSTING_TITLE, title);
}

/** What the site's router does: a new address in the history, then the new page's body. */
async function navigateClientSide(page: Page, path: string, body: string, title: string): Promise<void> {
  await page.evaluate(
    (next) => {
      history.pushState({}, '', next.path);
      document.title = `${next.title} | Amazon.jobs`;
      document.body.innerHTML = next.body;
    },
    { path, body, title },
  );
}

let session: Session;

before(async () => {
  session = await launch();
  await serve(session.context, 'jobs', '/en/search', searchPage(RESULTS));
  // The same search address with a query whose results keep coming after load.
  const later = searchPage(RESULTS, [
    { jobId: '10600001', title: 'Applied Scientist, Late Results' },
    { jobId: '10600002', title: 'Research Scientist, Load More' },
  ]);
  await session.context.route(
    (url) => url.hostname === 'www.amazon.jobs' && url.pathname === '/en/search' && url.searchParams.get('base_query') === 'later',
    (route) => route.fulfill({ status: 200, contentType: 'text/html; charset=utf-8', body: later }),
  );
  await serve(session.context, 'jobs', POSTING_PATH, posting.html);
});
after(() => session?.close());

test('a posting opened from the search results by the history API gets its own widget, with its saved state', async () => {
  const page = await session.context.newPage();
  await page.goto('https://www.amazon.jobs/en/search');
  // The card of the posting is saved from the results page first.
  await page.getByRole('button', { name: `Save job: ${POSTING_TITLE}`, exact: true }).click();
  await page.getByRole('button', { name: `Saved: ${POSTING_TITLE}`, exact: true }).waitFor();
  assert.equal(await page.locator('science-clipper-widget').count(), 0, 'a list of results has no widget');

  await navigateClientSide(page, POSTING_PATH, postingBody('1324373', POSTING_TITLE), POSTING_TITLE);
  const widget = page.locator('science-clipper-widget');
  await widget.getByText(POSTING_TITLE).waitFor();
  await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();
  await page.getByRole('button', { name: 'Update saved job' }).waitFor();
  assert.equal(await page.locator('science-clipper-job').count(), 0, 'no job buttons of the results are left');

  // On to another posting the same way: the new one is offered, nothing of the old one stays.
  await navigateClientSide(page, `/en/jobs/${OTHER.jobId}/applied-scientist`, postingBody(OTHER.jobId, OTHER.title), OTHER.title);
  await widget.getByText(OTHER.title).waitFor();
  await page.getByRole('button', { name: 'Save to Science Clipper' }).waitFor();
  assert.equal(await widget.count(), 1);
  assert.equal(await page.getByRole('button', { name: 'Update saved job' }).count(), 0);
  assert.equal(await widget.getByText(POSTING_TITLE).count(), 0);

  // Back: the first posting's state again.
  await page.evaluate(() => history.back());
  await page.evaluate((body) => (document.body.innerHTML = body), postingBody('1324373', POSTING_TITLE));
  await widget.getByText(POSTING_TITLE).waitFor();
  await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();
  await page.close();
});

test('job cards the page adds two seconds after load get their "Save job" buttons', async () => {
  const page = await session.context.newPage();
  await page.goto('https://www.amazon.jobs/en/search?base_query=later');
  await page.getByRole('button', { name: `Save job: ${RESULTS[1]!.title}`, exact: true }).waitFor();
  assert.equal(await page.locator('science-clipper-job').count(), 2);
  const late = page.getByRole('button', { name: 'Save job: Research Scientist, Load More', exact: true });
  await late.waitFor({ timeout: 15_000 });
  assert.equal(await page.locator('science-clipper-job').count(), 4);
  // Each button sits in its own card.
  assert.equal(await page.locator('li.job-tile:has(science-clipper-job)').count(), 4);
  await late.click();
  await page.getByRole('button', { name: 'Saved: Research Scientist, Load More', exact: true }).waitFor();
  await page.close();
});
