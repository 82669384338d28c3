// Issue 13 (second half) end to end: a follow-up set for tomorrow on a saved job registers the
// reminder alarm; an interview round added on the board and the follow-up come out of
// "Export calendar (.ics)" as the events a real iCalendar parser reads.
import { mkdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { after, before, test } from 'node:test';
import assert from 'node:assert/strict';
import ICAL from 'ical.js';
import type { WxtBrowser } from 'wxt/browser';
import { seriousViolations } from './axe';
import { fixture, launch, ROOT, serve, until, type Session } from './harness';

/** The extension APIs inside the service worker, where `worker.evaluate` callbacks run. */
declare const chrome: WxtBrowser;

const posting = fixture('jobs-detail-1324373');
const TITLE = String(posting.expected.title);
const NOTES = 'Loop with 4 interviewers; bring: slides, ID\nRoom 3';
let session: Session;

before(async () => {
  session = await launch();
  await serve(session.context, 'jobs', new URL(posting.source).pathname, posting.html);
});
after(() => session?.close());

/** `YYYY-MM-DD` of the day `offset` days from today, on the browser's clock. */
async function browserDay(offset: number): Promise<string> {
  return session.worker.evaluate((days) => {
    const d = new Date();
    d.setDate(d.getDate() + days);
    return `${d.getFullYear()}-${String(d.getMonth() + 1).padStart(2, '0')}-${String(d.getDate()).padStart(2, '0')}`;
  }, offset);
}

test('a follow-up for tomorrow registers an alarm, and the board exports it with an interview round as .ics', async () => {
  const page = await session.context.newPage();
  await page.goto(posting.source);
  await page.getByRole('button', { name: 'Save to Science Clipper' }).click();
  await page.getByRole('button', { name: 'Saved', exact: true }).waitFor();

  // The README's pictures are refreshed on request only, so a test run leaves the work tree clean.
  if (process.env.UPDATE_SCREENSHOTS) {
    mkdirSync(join(ROOT, 'docs/screenshots'), { recursive: true });
    const options = await session.context.newPage();
    await options.setViewportSize({ width: 900, height: 700 });
    await options.goto(`chrome-extension://${session.extensionId}/options.html`);
    const reminders = options.getByRole('region', { name: 'Reminders' });
    await reminders.getByRole('checkbox', { name: 'Remind me of follow-up dates' }).waitFor();
    await reminders.screenshot({ path: join(ROOT, 'docs/screenshots/options-reminders.png') });
    await options.emulateMedia({ colorScheme: 'dark' });
    await reminders.screenshot({ path: join(ROOT, 'docs/screenshots/options-reminders-dark.png') });
    await options.close();
  }

  // Switched on as the options page does once the browser has granted notifications (a
  // permission prompt cannot be answered in a headless browser).
  await session.worker.evaluate(() =>
    chrome.storage.local.set({ reminderSettings: { enabled: true, time: '09:00', enabledAt: Date.now() } }),
  );

  const board = await session.context.newPage();
  await board.setViewportSize({ width: 1280, height: 860 });
  await board.goto(`chrome-extension://${session.extensionId}/jobs.html`);
  const card = board.getByRole('article', { name: TITLE });
  await card.waitFor();
  const tomorrow = await browserDay(1);
  await card.getByLabel('Follow up on').fill(tomorrow);

  const expectedAlarm = await session.worker.evaluate((day) => new Date(`${day}T09:00`).getTime(), tomorrow);
  let alarms: Array<{ name: string; scheduledTime: number }> = [];
  await until(async () => {
    alarms = await session.worker.evaluate(() => chrome.alarms.getAll());
    return alarms.some((alarm) => alarm.name === 'follow-up-reminders');
  }, 'the reminder alarm');
  assert.deepEqual(
    alarms.map(({ name, scheduledTime }) => ({ name, scheduledTime })),
    [{ name: 'follow-up-reminders', scheduledTime: expectedAlarm }],
  );

  // An interview round, added with the keyboard-reachable editor.
  const inThreeDays = await browserDay(3);
  await card.getByText('Interview rounds').click();
  await card.getByRole('button', { name: 'Add event' }).click();
  const form = card.getByRole('form', { name: 'New event' });
  for (const colorScheme of ['light', 'dark'] as const) {
    await board.emulateMedia({ colorScheme });
    assert.deepEqual(await seriousViolations(board), [], `the event editor, ${colorScheme} theme`);
  }
  await board.emulateMedia({ colorScheme: 'light' });
  await form.getByLabel('What').selectOption('onsite');
  await form.getByLabel('When').fill(`${inThreeDays}T14:30`);
  await form.getByLabel('Notes').fill(NOTES);
  await form.getByRole('button', { name: 'Save event' }).click();
  await form.waitFor({ state: 'detached' });
  await card.getByText(/^Next\s+Loop \/ onsite/).waitFor();
  const interviewAt = await session.worker.evaluate((day) => new Date(`${day}T14:30`).getTime(), inThreeDays);

  if (process.env.UPDATE_SCREENSHOTS) {
    await board.screenshot({ path: join(ROOT, 'docs/screenshots/jobs-events.png') });
    await board.emulateMedia({ colorScheme: 'dark' });
    await board.screenshot({ path: join(ROOT, 'docs/screenshots/jobs-events-dark.png') });
    await board.emulateMedia({ colorScheme: 'light' });
  }

  const download = board.waitForEvent('download');
  await board.getByRole('button', { name: 'Export calendar (.ics)' }).click();
  const file = await download;
  assert.match(file.suggestedFilename(), /^science-clipper-calendar-\d{4}-\d{2}-\d{2}\.ics$/);
  const ics = readFileSync(await file.path(), 'utf8');
  const events = new ICAL.Component(ICAL.parse(ics)).getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
  assert.deepEqual(
    events.map((event) => ({ uid: event.uid, summary: event.summary, start: event.startDate.toString(), allDay: event.startDate.isDate })),
    [
      { uid: 'job:1324373.follow-up@science-clipper', summary: `Follow up: ${TITLE}`, start: tomorrow, allDay: true },
      { uid: events[1]!.uid, summary: `Loop / onsite: ${TITLE}`, start: events[1]!.startDate.toString(), allDay: false },
    ],
  );
  assert.match(events[1]!.uid, /^job:1324373\.event\.[0-9a-f-]{36}@science-clipper$/);
  assert.equal(events[1]!.startDate.toJSDate().getTime(), interviewAt);
  assert.ok(events[1]!.description.includes(NOTES), events[1]!.description);
});
