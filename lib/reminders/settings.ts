import { z } from 'zod';
import { epochMs } from '../clip-schema';

// The reminder settings as stored (storage.local, see ./store.ts) and as an export file carries
// them. Parsed wherever they are read: storage and files can hold anything.

export const reminderSettingsSchema = z.object({
  enabled: z.boolean(),
  /** Time of day the reminders come, `HH:MM` on the user's clock. */
  time: z.string().regex(/^([01]\d|2[0-3]):[0-5]\d$/),
  /**
   * When reminders were last switched on (epoch ms): follow-ups that came due before that are
   * not notified then all at once; the board already flags them as due.
   */
  enabledAt: epochMs.nullable(),
});
export type ReminderSettings = z.infer<typeof reminderSettingsSchema>;

export const DEFAULT_REMINDER_SETTINGS: ReminderSettings = { enabled: false, time: '09:00', enabledAt: null };

/** Stored or imported settings, or the defaults when they are missing or not valid. */
export function readReminderSettings(raw: unknown): ReminderSettings {
  const parsed = reminderSettingsSchema.safeParse(raw);
  return parsed.success ? parsed.data : DEFAULT_REMINDER_SETTINGS;
}
