// Firefox end to end: a job saved on its amazon.jobs posting is listed in the popup, its status
// changed there, and the jobs board shows it under the new status.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture } from '../e2e/harness';
import { byRole, JOBS, launchFirefox, newTab, openExtensionPage, type FirefoxSession } from './harness';

const posting = fixture('jobs-detail-1324373');
const title = String(posting.expected.title);
let session: FirefoxSession;

before(async () => {
  session = await launchFirefox();
  session.proxy.serve(JOBS, new RegExp(`/jobs/${String(posting.expected.jobId)}(/|$)`), posting.html);
});
after(() => session?.close());

test('in Firefox, a saved job changes status in the popup and moves on the jobs board', async () => {
  const page = await newTab(session, posting.source);
  await (await byRole(page, 'button', 'Save to Science Clipper')).click();
  await byRole(page, 'button', 'Saved');

  const popup = await openExtensionPage(session, 'popup.html', 'article');
  const row = await byRole(popup, 'article', title);
  const status = await row.waitForSelector('button[aria-haspopup="menu"]');
  await status!.click();
  await (await byRole(popup, 'menuitemradio', 'Applied')).click();
  await byRole(popup, 'button', /Applied/);

  const board = await openExtensionPage(session, 'jobs.html', 'main');
  const applied = await byRole(board, 'region', /Applied/);
  const link = await byRole(board, 'link', title);
  assert.ok(await applied.evaluate((region, a) => region.contains(a), link), 'the job is listed under Applied');
});
