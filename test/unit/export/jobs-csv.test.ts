import { describe, expect, test } from 'vitest';
import { csvField, JOBS_CSV_HEADER, jobsCsv, neutralizeFormula } from '../../../lib/export/jobs-csv';
import { day, jobItem } from '../ui/helpers';

describe('jobs CSV', () => {
  test('starts with a UTF-8 byte order mark, then the header, one CRLF-ended row per job', () => {
    const csv = jobsCsv([jobItem('jobs-detail-1324373'), jobItem('jobs-detail-virtual')]);
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const lines = csv.slice(1).split('\r\n');
    expect(lines).toHaveLength(4);
    expect(lines[3]).toBe('');
    expect(lines[0]).toBe(JOBS_CSV_HEADER.join(','));
    expect(lines[0]).toBe(
      'Job ID,Title,Locations,Company,Pay,Pay currency,Pay min a year,Pay max a year,Pay ranges,Status,Saved on,Applied on,Interviewing on,Offer on,Rejected on,Withdrawn on,Follow-up,URL',
    );
  });

  test('a row holds id, title, places, company, status, the day of each status, follow-up and address', () => {
    const job = jobItem('jobs-detail-virtual', {
      status: 'applied',
      savedAt: day(3, 2, 2026),
      statusAt: day(3, 9, 2026),
      followUp: '2026-03-20',
    });
    const row = jobsCsv([job]).split('\r\n')[1];
    expect(row).toBe(
      `719075,Amazon Scholar,"IN, KA, Bangalore - Virtual",${job.clip.company!.includes(',') ? `"${job.clip.company}"` : job.clip.company},,,,,,Applied,2026-03-02,2026-03-09,,,,,2026-03-20,https://www.amazon.jobs/en/jobs/719075/amazon-scholar`,
    );
  });

  test('pay columns: the compact label, the first currency made annual, and every range', () => {
    const job = jobItem('jobs-detail-virtual');
    const pay = [
      { location: 'USA, WA, Seattle', min: 47.84, max: 96.15, currency: 'USD', period: 'hour' as const },
      { location: 'USA, NY, New York', min: 50, max: 100, currency: 'USD', period: 'hour' as const },
      { location: 'CAN, ON, Toronto', min: 42, max: 80, currency: 'CAD', period: 'hour' as const },
    ];
    const row = jobsCsv([{ ...job, clip: { ...job.clip, pay } }]).split('\r\n')[1]!;
    expect(row).toContain(
      ',USD 47.84–100/hr · CAD 42–80/hr,USD,99507,208000,USA, WA, Seattle: 47.84–96.15 USD an hour; USA, NY, New York: 50–100 USD an hour; CAN, ON, Toronto: 42–80 CAD an hour,'.replace(
        /,(USA.*hour),$/,
        ',"$1",',
      ),
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
