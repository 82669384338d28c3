import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fakeBrowser } from 'wxt/testing/fake-browser';
import { checkReminders, REMINDER_ALARM, registerReminders } from '../../../lib/background/reminders';
import { saveClip, setJobDetails } from '../../../lib/db/items';
import type { ClipperDB } from '../../../lib/db/schema';
import { reminderTime } from '../../../lib/reminders/schedule';
import type { ReminderSettings } from '../../../lib/reminders/settings';
import { saveReminderSettings } from '../../../lib/reminders/store';
import { zonedDay } from '../../../lib/reminders/zoned-time';
import { freshDb, postingJob } from '../db/clips';

const posting = postingJob('jobs-detail-1324373');
const ID = 'job:1324373';
const ZONE = Intl.DateTimeFormat().resolvedOptions().timeZone;
const NOW = Date.UTC(2026, 11, 4, 12);
const DAY = 86_400_000;
const settings: ReminderSettings = { enabled: true, time: '09:00', enabledAt: NOW - 30 * DAY };

let db: ClipperDB;
let allowed: boolean;

beforeEach(async () => {
  fakeBrowser.reset();
  allowed = true;
  // The fake browser has no permissions API: notifications are allowed or not per test.
  fakeBrowser.permissions.contains = vi.fn(async () => allowed) as never;
  db = freshDb();
  await saveClip(db, posting, posting.url, { now: NOW - 10 * DAY });
  await saveReminderSettings(settings);
});

afterEach(() => vi.restoreAllMocks());

const shown = () => Object.keys(fakeBrowser.notifications.getAllCreateOptions());

describe('checkReminders', () => {
  it('registers an alarm for a follow-up set for tomorrow, at the chosen time', async () => {
    const tomorrow = zonedDay(NOW + DAY, ZONE);
    await setJobDetails(db, ID, { followUp: tomorrow });
    await checkReminders(db, () => NOW);
    const alarm = await fakeBrowser.alarms.get(REMINDER_ALARM);
    expect(alarm?.scheduledTime).toBe(reminderTime(tomorrow, settings, ZONE));
    expect(shown()).toEqual([]);
  });

  it('shows a reminder that came due while the browser was closed at the next check, once', async () => {
    await setJobDetails(db, ID, { followUp: zonedDay(NOW - 2 * DAY, ZONE) });
    await checkReminders(db, () => NOW);
    expect(shown()).toEqual([`follow-up:${ID}`]);
    await fakeBrowser.notifications.clear(`follow-up:${ID}`);
    await checkReminders(db, () => NOW + 60_000);
    expect(shown()).toEqual([]);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('keeps a due reminder for later when notifications are not allowed', async () => {
    allowed = false;
    await setJobDetails(db, ID, { followUp: zonedDay(NOW - DAY, ZONE) });
    await checkReminders(db, () => NOW);
    expect(shown()).toEqual([]);
    allowed = true;
    await checkReminders(db, () => NOW + 60_000);
    expect(shown()).toEqual([`follow-up:${ID}`]);
  });

  it('clears the alarm when reminders are switched off', async () => {
    await setJobDetails(db, ID, { followUp: zonedDay(NOW + DAY, ZONE) });
    await checkReminders(db, () => NOW);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeDefined();
    await saveReminderSettings({ ...settings, enabled: false });
    await checkReminders(db, () => NOW);
    expect(await fakeBrowser.alarms.get(REMINDER_ALARM)).toBeUndefined();
  });

  it('opens the job on the board when its notification is clicked', async () => {
    const opened = vi.spyOn(fakeBrowser.tabs, 'create').mockResolvedValue({} as never);
    Object.assign(fakeBrowser.permissions, { onAdded: { addListener: vi.fn() } });
    registerReminders(db);
    await fakeBrowser.notifications.onClicked.trigger(`follow-up:${ID}`);
    expect(opened).toHaveBeenCalledWith({ url: expect.stringMatching(/\/jobs\.html#job%3A1324373$/) });
  });
});
