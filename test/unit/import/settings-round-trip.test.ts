import { fakeBrowser } from 'wxt/testing/fake-browser';
import { beforeEach, describe, expect, test } from 'vitest';
import { saveClip, saveJobEvent, setJobDetails } from '../../../lib/db/items';
import type { ClipperDB } from '../../../lib/db/schema';
import { writeLibrary } from '../../../lib/export/library-json';
import { readExport } from '../../../lib/import/read-export';
import { loadReminderSettings, saveReminderSettings } from '../../../lib/reminders/store';
import { DEFAULT_REMINDER_SETTINGS, type ReminderSettings } from '../../../lib/reminders/settings';
import { restoreImportedSettings, settingsForExport } from '../../../lib/reminders/settings-transfer';
import { postingJob } from '../db/clips';
import { importText } from '../helpers/library-file';
import { withDb } from '../helpers/with-db';

async function exportWith(db: ClipperDB, withSettings: boolean): Promise<string> {
  const parts: string[] = [];
  await writeLibrary(db, (text) => parts.push(text), { now: NOW, settings: withSettings ? await settingsForExport() : undefined });
  return parts.join('');
}

const posting = postingJob('jobs-detail-1324373');
const NOW = Date.UTC(2026, 11, 4, 10);
const settings: ReminderSettings = { enabled: true, time: '07:45', enabledAt: NOW - 86_400_000 };

beforeEach(() => fakeBrowser.reset());

describe('export → import of interview events and reminder settings', () => {
  test('restores a job’s events and the reminder settings exactly in another profile', async () => {
    await saveReminderSettings(settings);
    const text = await withDb(async (source) => {
      await saveClip(source, posting, posting.url, { now: NOW });
      await setJobDetails(source, 'job:1324373', { followUp: '2026-12-07' }, NOW);
      await saveJobEvent(
        source,
        'job:1324373',
        { id: 'loop-1', kind: 'onsite', at: NOW + 5 * 86_400_000, notes: 'Four rounds; bring the, "portfolio"\nand ID' },
        NOW,
      );
      await saveJobEvent(source, 'job:1324373', { id: 'screen-1', kind: 'phone-screen', at: NOW + 86_400_000, notes: '' }, NOW);
      return exportWith(source, true);
    });
    const exported = readExport(text);

    // Another browser: its own (default) settings, an empty library.
    fakeBrowser.reset();
    expect(await loadReminderSettings()).toEqual(DEFAULT_REMINDER_SETTINGS);
    await withDb(async (target) => {
      // The import restores the file's settings once its items are written.
      await importText(target, text);
      expect(await loadReminderSettings()).toEqual(settings);
      const job = await target.items.get('job:1324373');
      expect(job).toEqual(exported.items[0]);
      expect(job?.kind === 'job' && job.events?.map((event) => event.id)).toEqual(['screen-1', 'loop-1']);
    });
  });

  test('a file from before settings were exported leaves the current settings alone', async () => {
    await saveReminderSettings(settings);
    const text = await withDb((source) => exportWith(source, false));
    expect(await restoreImportedSettings(readExport(text).settings)).toBe(false);
    expect(await loadReminderSettings()).toEqual(settings);
  });

  test('settings that do not validate are not restored', async () => {
    await saveReminderSettings(settings);
    expect(await restoreImportedSettings({ reminders: { enabled: 'yes', time: '25:00', enabledAt: null } })).toBe(false);
    expect(await loadReminderSettings()).toEqual(settings);
  });
});
