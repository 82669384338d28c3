// Issue 3 end to end: a job card saved on an article and the amazon.jobs posting of the same id
// are one item; the posting adds its qualifications; the status set in the popup shows on the board.
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import { fixture, launch, openPopup, serve, type Session } from './harness';

const leino = fixture('science-profile-leino');
const posting = fixture('jobs-detail-1324373');
// No shared fixture pairs a card with its posting: the posting page is derived from a real
// posting fixture, re-numbered and re-titled as one of the profile's job cards.
const CARD = { jobId: '10501457', title: 'Applied Scientist, Prime Video Content Understanding' };
const postingHtml = posting.html.replaceAll('1324373', CARD.jobId).replaceAll(String(posting.expected.title), CARD.title);

let session: Session;

before(async () => {
  session = await launch();
  await serve(session.context, 'science', new URL(leino.source).pathname, leino.html);
  // Every locale and slug spelling of the posting's address reaches the same page.
  await serve(session.context, 'jobs', new RegExp(`/jobs/${CARD.jobId}(/|$)`), postingHtml);
});
after(() => session?.close());

test('a job card and its posting become one item with the qualifications, and its status shows on the board', async () => {
  const article = await session.context.newPage();
  await article.goto(leino.source);
  await article.getByRole('button', { name: `Save job: ${CARD.title}`, exact: true }).click();
  await article.getByRole('button', { name: `Saved: ${CARD.title}`, exact: true }).waitFor();

  const jobPage = await session.context.newPage();
  await jobPage.goto(`https://amazon.jobs/de/jobs/${CARD.jobId}?cmpid=newsletter`);
  await jobPage.getByRole('button', { name: 'Saved', exact: true }).waitFor();
  await jobPage.getByRole('button', { name: 'Update saved job' }).click();
  await jobPage.getByRole('button', { name: 'Update saved job' }).waitFor({ state: 'detached' });

  const popup = await openPopup(session);
  const row = popup.getByRole('article', { name: CARD.title });
  await row.waitFor();
  assert.equal(await popup.getByRole('article').count(), 1);
  await row.getByText('Qualifications (4 basic · 4 preferred)').click();
  await row.getByText(String((posting.expected.basicQualifications as string[])[0])).waitFor();

  await row.getByRole('button', { name: /Saved/ }).click();
  await popup.getByRole('menuitemradio', { name: 'Applied' }).click();
  await row.getByRole('button', { name: /Applied/ }).waitFor();

  const board = await session.context.newPage();
  await board.goto(`chrome-extension://${session.extensionId}/jobs.html`);
  const applied = board.getByRole('region', { name: /Applied/ });
  await applied.getByRole('link', { name: CARD.title }).waitFor();
});
