import { browser, type PublicPath } from 'wxt/browser';
import { jobItems } from '../db/by-kind';
import type { ClipperDB } from '../db/schema';
import { iconPath } from '../icon-paths';
import { NOTIFICATIONS_PERMISSION } from '../reminders/permission';
import { planReminders, type FollowUpJob } from '../reminders/schedule';
import { loadNotified, loadReminderSettings, saveNotified, watchReminderSettings } from '../reminders/store';

// Follow-up reminders, carried out: one alarm waits for the next reminder, and every check
// (that alarm, the browser's start, a change of a job or of the settings) shows what is due and
// sets the alarm again. What to show and when is decided by ../reminders/schedule.ts.

export const REMINDER_ALARM = 'follow-up-reminders';
const NOTIFICATION_PREFIX = 'follow-up:';
/** More jobs due at once than this come as one notification that opens the board. */
const MAX_SINGLE_NOTIFICATIONS = 3;

/** The jobs board, opened at one job's card when `itemId` is given (the board reveals the card in the fragment). */
export function jobsBoardUrl(itemId?: string): string {
  return browser.runtime.getURL(itemId === undefined ? '/jobs.html' : `/jobs.html#${encodeURIComponent(itemId)}`);
}

async function followUpJobs(db: ClipperDB): Promise<FollowUpJob[]> {
  const jobs = await jobItems(db).toArray();
  return jobs.map(({ id, title, status, followUp }) => ({ id, title, status, followUp }));
}

async function canNotify(): Promise<boolean> {
  return browser.permissions.contains(NOTIFICATIONS_PERMISSION).catch(() => false);
}

async function notify(due: readonly FollowUpJob[]): Promise<void> {
  // The icons are written at build time (modules/icons.ts), so WXT's list of files lacks them.
  const iconUrl = browser.runtime.getURL(`/${iconPath(128)}` as PublicPath);
  if (due.length > MAX_SINGLE_NOTIFICATIONS) {
    await browser.notifications.create(NOTIFICATION_PREFIX, {
      type: 'basic',
      iconUrl,
      title: `${due.length} follow-ups are due`,
      message: due.map((job) => job.title).join(' · '),
    });
    return;
  }
  for (const job of due) {
    await browser.notifications.create(`${NOTIFICATION_PREFIX}${job.id}`, {
      type: 'basic',
      iconUrl,
      title: 'Time to follow up',
      message: `${job.title} — follow-up set for ${job.followUp}.`,
    });
  }
}

let checking: Promise<void> = Promise.resolve();

/**
 * Shows the reminders due now and sets the alarm for the next one. Checks run one after another,
 * so two close together never show one reminder twice.
 */
export function checkReminders(db: ClipperDB, now = () => Date.now()): Promise<void> {
  checking = checking.then(async () => {
    const settings = await loadReminderSettings();
    const plan = planReminders(
      await followUpJobs(db),
      settings,
      await loadNotified(),
      now(),
      Intl.DateTimeFormat().resolvedOptions().timeZone,
    );
    // Without the permission nothing can be shown; what is due stays due until it can be.
    if (plan.due.length > 0 && (await canNotify())) {
      await notify(plan.due);
      await saveNotified(plan.notified);
    } else if (plan.due.length === 0) {
      await saveNotified(plan.notified);
    }
    if (plan.nextAt === null) await browser.alarms.clear(REMINDER_ALARM);
    else await browser.alarms.create(REMINDER_ALARM, { when: plan.nextAt });
  });
  const done = checking;
  // A failed check must not stop later ones; it is reported where it was asked for.
  checking = checking.catch(() => undefined);
  return done;
}

function onNotificationClicked(notificationId: string): void {
  if (!notificationId.startsWith(NOTIFICATION_PREFIX)) return;
  const itemId = notificationId.slice(NOTIFICATION_PREFIX.length);
  void browser.tabs.create({ url: jobsBoardUrl(itemId || undefined) });
  void browser.notifications.clear(notificationId);
}

/** The notifications API exists only once its optional permission is granted. */
function listenToNotificationClicks(): void {
  const events = browser.notifications?.onClicked;
  if (events && !events.hasListener(onNotificationClicked)) events.addListener(onNotificationClicked);
}

/** Starts a check without waiting for it; a failure is logged (there is no one to tell). */
export function requestReminderCheck(db: ClipperDB): void {
  checkReminders(db).catch((error: unknown) => console.error('Reminder check failed:', error));
}

/** Registers the listeners; called synchronously from the background's main. */
export function registerReminders(db: ClipperDB): void {
  const check = () => requestReminderCheck(db);
  browser.alarms.onAlarm.addListener((alarm) => {
    if (alarm.name === REMINDER_ALARM) check();
  });
  // Reminders whose time passed while the browser was closed come now.
  browser.runtime.onStartup.addListener(check);
  browser.runtime.onInstalled.addListener(check);
  watchReminderSettings(check);
  listenToNotificationClicks();
  browser.permissions.onAdded.addListener(() => {
    listenToNotificationClicks();
    check();
  });
}
