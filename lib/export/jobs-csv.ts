import { JOB_STATUSES, type JobItem } from '../db/schema';
import { isoDay, statusLabel } from '../ui/format';
import { annualAmount, annualMax, compactPay, payGroups, payRangeLabel } from '../ui/pay';
import type { PayRange } from '../types';

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
const PAY_COLUMNS = ['Pay', 'Pay currency', 'Pay min a year', 'Pay max a year', 'Pay ranges'];
export const JOBS_CSV_HEADER = ['Job ID', 'Title', 'Locations', 'Company', ...PAY_COLUMNS, 'Status', ...STATUS_COLUMNS, 'Follow-up', 'URL'];

/**
 * The pay as the board shows it; the first currency's lowest and highest amount made annual
 * (whole units), so a spreadsheet can sort by them; and every range as the posting states it.
 * A posting paying in several currencies has the others in the first and last columns only.
 */
function payCells(pay: readonly PayRange[] | undefined): string[] {
  const ranges = pay ?? [];
  const first = payGroups(ranges)[0];
  if (!first) return ['', '', '', '', ''];
  const ofFirst = ranges.filter((range) => range.currency === first.currency);
  const annualMin = Math.min(...ofFirst.map((range) => annualAmount(range.min, range.period)));
  const annualTop = Math.max(...ofFirst.map(annualMax));
  return [
    compactPay(ranges) ?? '',
    first.currency,
    String(Math.round(annualMin)),
    String(Math.round(annualTop)),
    ranges.map(payRangeLabel).join('; '),
  ];
}

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
    ...payCells(clip.pay),
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
