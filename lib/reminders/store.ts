import { storage } from 'wxt/utils/storage';
import type { NotifiedFollowUps } from './schedule';
import { readReminderSettings, type ReminderSettings } from './settings';

// Where reminders keep their state: storage.local, like the reader's settings (lib/reader/prefs.ts).
// The options page writes the settings; the background reads them and keeps what it notified.

const settingsItem = storage.defineItem<unknown>('local:reminderSettings');
const notifiedItem = storage.defineItem<NotifiedFollowUps>('local:reminderNotified', { fallback: {} });

export async function loadReminderSettings(): Promise<ReminderSettings> {
  return readReminderSettings(await settingsItem.getValue());
}

export async function saveReminderSettings(settings: ReminderSettings): Promise<void> {
  await settingsItem.setValue(settings);
}

/** Calls `onChange` with the settings whenever they change (in any of the extension's pages). */
export function watchReminderSettings(onChange: (settings: ReminderSettings) => void): () => void {
  return settingsItem.watch((value) => onChange(readReminderSettings(value)));
}

export async function loadNotified(): Promise<NotifiedFollowUps> {
  const stored = await notifiedItem.getValue();
  return typeof stored === 'object' && stored !== null ? stored : {};
}

export async function saveNotified(notified: NotifiedFollowUps): Promise<void> {
  await notifiedItem.setValue(notified);
}
