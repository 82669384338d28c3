import { useEffect, useId, useState } from 'react';
import { browser } from 'wxt/browser';
import { NOTIFICATIONS_PERMISSION } from '../../lib/reminders/permission';
import { loadReminderSettings, saveReminderSettings, watchReminderSettings } from '../../lib/reminders/store';
import type { ReminderSettings } from '../../lib/reminders/settings';
import { ErrorNote } from '../../components/ErrorNote';
import { errorMessage } from '../../components/useAction';
import '../../components/reminders.css';

/**
 * Follow-up reminders on or off, and the time of day they come. Switching them on asks for the
 * notifications permission (optional: most users never need it), which the browser only lets us
 * ask for while handling the click, so the request comes before anything else is awaited.
 */
export function RemindersSection() {
  const [settings, setSettings] = useState<ReminderSettings | null>(null);
  const [allowed, setAllowed] = useState<boolean | null>(null);
  const [error, setError] = useState<string | null>(null);
  const id = useId();

  useEffect(() => {
    void loadReminderSettings().then(setSettings);
    void browser.permissions.contains(NOTIFICATIONS_PERMISSION).then(setAllowed);
    return watchReminderSettings(setSettings);
  }, []);

  const save = (next: ReminderSettings) => {
    setSettings(next);
    saveReminderSettings(next).catch((e: unknown) => setError(errorMessage(e)));
  };

  const toggle = (enabled: boolean) => {
    if (!settings) return;
    setError(null);
    if (!enabled) {
      save({ ...settings, enabled: false });
      return;
    }
    browser.permissions
      .request(NOTIFICATIONS_PERMISSION)
      .then((granted) => {
        setAllowed(granted);
        if (granted) save({ ...settings, enabled: true, enabledAt: Date.now() });
        else setError('Reminders need permission to show notifications, and the browser did not give it. Reminders stay off.');
      })
      .catch((e: unknown) => setError(errorMessage(e)));
  };

  return (
    <section aria-labelledby="reminders-heading" id="reminders">
      <h2 id="reminders-heading">Reminders</h2>
      <p className="muted">
        A job’s follow-up date becomes a notification at the time you choose. A reminder due while the browser was closed comes when it next
        starts, once. Clicking a reminder opens the job on the jobs board.
      </p>
      <div className="reminder-settings" aria-busy={settings === null}>
        <label className="reminder-toggle">
          <input
            type="checkbox"
            checked={settings?.enabled ?? false}
            disabled={settings === null}
            onChange={(e) => toggle(e.target.checked)}
          />
          Remind me of follow-up dates
        </label>
        <label htmlFor={`${id}-time`}>Time of day</label>
        <input
          id={`${id}-time`}
          className="field"
          type="time"
          value={settings?.time ?? ''}
          disabled={settings === null}
          onChange={(e) => settings && /^\d{2}:\d{2}$/.test(e.target.value) && save({ ...settings, time: e.target.value })}
        />
      </div>
      {settings?.enabled && allowed === false && (
        <p className="reminder-warning" role="status">
          Notifications are no longer allowed for Science Clipper, so reminders cannot be shown. Switch reminders off and on again to allow
          them.
        </p>
      )}
      <ErrorNote message={error} onDismiss={() => setError(null)} />
    </section>
  );
}
