import { describe, expect, test } from 'vitest';
import { csvField, JOBS_CSV_HEADER, jobsCsv, neutralizeFormula } from '@/lib/export/jobs-csv';
import { day, jobItem } from '../ui/helpers';

describe('jobs CSV', () => {
  test('starts with a UTF-8 byte order mark, then the header, one CRLF-ended row per job', () => {
    const csv = jobsCsv([jobItem('jobs-detail-1324373'), jobItem('jobs-detail-virtual')]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(JOBS_CSV_HEADER.join(','));
    expect(lines[0]).toBe('Job ID,Title,Locations,Company,Status,Saved on,Applied on,Interviewing on,Offer on,Rejected on,Withdrawn on,Follow-up,URL');
  });

  test('a row holds id, title, places, company, status, the day of each status, follow-up and address', () => {
    const job = jobItem('jobs-detail-virtual', { status: 'applied', savedAt: day(3, 2, 2026), statusAt: day(3, 9, 2026), followUp: '2026-03-20' });
    const row = jobsCsv([job]).split('\r\n')[1];
    expect(row).toBe(
      `719075,Amazon Scholar,"IN, KA, Bangalore - Virtual",${job.clip.company!.includes(',') ? `"${job.clip.company}"` : job.clip.company},Applied,2026-03-02,2026-03-09,,,,,2026-03-20,https://www.amazon.jobs/en/jobs/719075/amazon-scholar`,
    );
  });

  test('quotes commas, quotes and line breaks, doubling the quotes', () => {
    expect(csvField('Scientist, "Senior"')).toBe('"Scientist, ""Senior"""');
    expect(csvField('line one\nline two')).toBe('"line one\nline two"');
    expect(csvField('plain')).toBe('plain');
    expect(csvField(' padded ')).toBe('" padded "');
  });

  test('neutralises cells a spreadsheet would run as a formula', () => {
    for (const hostile of ['=HYPERLINK("http://x","y")', '+1+1', '-2+3', '@SUM(A1)', '\t=1', '\r=1']) {
      expect(neutralizeFormula(hostile)).toBe(`'${hostile}`);
    }
    expect(neutralizeFormula('Applied Scientist - NLP')).toBe('Applied Scientist - NLP');
    const hostileJob = jobItem({ careers: 0 });
    hostileJob.title = '=HYPERLINK("http://evil","click")';
    expect(jobsCsv([hostileJob]).split('\r\n')[1]).toContain(`"'=HYPERLINK(""http://evil"",""click"")"`);
  });
});
