import { JOB_STATUSES, type JobItem } from '../db/schema';
import { isoDay, statusLabel } from '../ui/format';

// Jobs as a spreadsheet: one row per job. RFC 4180 quoting, CRLF line ends, and a UTF-8 byte
// order mark so that Excel reads "Zürich" and "Tel Aviv – תל אביב" as written.

const BOM = '\uFEFF';

/**
 * A cell a spreadsheet would run as a formula (=, +, -, @, or a tab or carriage return that some
 * programs skip before one) gets a leading apostrophe: a job title copied from a hostile page
 * must never become `=HYPERLINK(...)` in the user's spreadsheet.
 */
export function neutralizeFormula(value: string): string {
  return /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
}

/** One CSV field: quoted when it holds a comma, quote, line break or edge space; quotes doubled. */
export function csvField(value: string): string {
  const safe = neutralizeFormula(value);
  return /[",\r\n]|^\s|\s$/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

const STATUS_COLUMNS = JOB_STATUSES.map((status) => `${statusLabel(status)} on`);
export const JOBS_CSV_HEADER = ['Job ID', 'Title', 'Locations', 'Company', 'Status', ...STATUS_COLUMNS, 'Follow-up', 'URL'];

/** The last day the job entered each status, `YYYY-MM-DD` (local), '' for a status it never had. */
function statusDays(job: JobItem): string[] {
  return JOB_STATUSES.map((status) => {
    const last = job.statusHistory.filter((change) => change.status === status).at(-1);
    return last ? isoDay(last.at) : '';
  });
}

export function jobRow(job: JobItem): string[] {
  const clip = job.clip;
  return [
    clip.jobId,
    job.title,
    clip.locations.map((l) => l.raw).join('; '),
    clip.company ?? '',
    statusLabel(job.status),
    ...statusDays(job),
    job.followUp ?? '',
    clip.url,
  ];
}

/** The whole file, BOM included. */
export function jobsCsv(jobs: readonly JobItem[]): string {
  const lines = [JOBS_CSV_HEADER, ...jobs.map(jobRow)].map((row) => row.map(csvField).join(','));
  return `${BOM}${lines.join('\r\n')}\r\n`;
}
