import { z } from 'zod';
import { reminderSettingsSchema } from './settings';
import { loadReminderSettings, saveReminderSettings } from './store';

// The user's settings in the library export (`"settings"` beside `"items"`), so that moving to
// another browser keeps them. One pair, out and in, so the envelope knows nothing of what is inside.

export const exportedSettingsSchema = z.object({ reminders: reminderSettingsSchema.optional() });
export type ExportedSettings = z.infer<typeof exportedSettingsSchema>;

/** Settings out: what the export file carries (read where storage is reachable: the page, not the worker). */
export async function settingsForExport(): Promise<ExportedSettings> {
  return { reminders: await loadReminderSettings() };
}

/**
 * Settings in: the settings of an imported file replace the current ones. A file without
 * settings (older exports) or with settings that do not validate changes nothing.
 */
export async function restoreImportedSettings(raw: unknown): Promise<boolean> {
  const parsed = exportedSettingsSchema.safeParse(raw);
  if (!parsed.success || !parsed.data.reminders) return false;
  await saveReminderSettings(parsed.data.reminders);
  return true;
}
