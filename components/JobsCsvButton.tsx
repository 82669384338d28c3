import { db } from '../lib/db';
import { jobItems } from '../lib/db/by-kind';
import { download } from '../lib/export/download';
import { jobsCsv } from '../lib/export/jobs-csv';
import { exportFileName } from '../lib/export/library-json';

/** Downloads every saved job as a spreadsheet-safe CSV file. */
export async function downloadJobsCsv(): Promise<void> {
  const jobs = await jobItems(db).sortBy('savedAt');
  download(new Blob([jobsCsv(jobs)], { type: 'text/csv' }), exportFileName('jobs', 'csv'));
}

export function JobsCsvButton({ run, pending }: { run(action: () => Promise<void>): unknown; pending: boolean }) {
  return (
    <button type="button" className="btn" onClick={() => void run(downloadJobsCsv)} disabled={pending}>
      Jobs as CSV
    </button>
  );
}
