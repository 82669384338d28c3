import { db } from '../lib/db';
import { jobItems } from '../lib/db/by-kind';
import { calendarIcs } from '../lib/export/calendar-ics';
import { download } from '../lib/export/download';
import { exportFileName } from '../lib/export/library-json';

/** Downloads the follow-ups and interview events of every saved job as an iCalendar file. */
export async function downloadCalendar(): Promise<void> {
  const jobs = await jobItems(db).sortBy('savedAt');
  download(new Blob([calendarIcs(jobs)], { type: 'text/calendar' }), exportFileName('calendar', 'ics'));
}

export function CalendarExportButton({ run, pending }: { run(action: () => Promise<void>): unknown; pending: boolean }) {
  return (
    <button type="button" className="btn" onClick={() => void run(downloadCalendar)} disabled={pending}>
      Export calendar (.ics)
    </button>
  );
}
