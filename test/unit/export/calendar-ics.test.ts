import fc from 'fast-check';
import ICAL from 'ical.js';
import { beforeEach, describe, expect, it } from 'vitest';
import { jobItems } from '../../../lib/db/by-kind';
import { saveClip, saveJobEvent, setJobDetails, setStatus } from '../../../lib/db/items';
import type { ClipperDB, JobItem } from '../../../lib/db/schema';
import { calendarIcs, escapeText, eventUid, foldLine, followUpUid } from '../../../lib/export/calendar-ics';
import { freshDb, postingJob } from '../db/clips';

const posting = postingJob('jobs-detail-1324373');
const NOW = Date.parse('2026-12-04T10:00:00Z');
const INTERVIEW = Date.parse('2026-12-08T14:30:00Z');

let db: ClipperDB;
beforeEach(() => {
  db = freshDb();
});

async function savedJobs(): Promise<JobItem[]> {
  return jobItems(db).toArray();
}

function parse(ics: string) {
  const calendar = new ICAL.Component(ICAL.parse(ics));
  return calendar.getAllSubcomponents('vevent').map((vevent) => new ICAL.Event(vevent));
}

/** Every line of the file, as octets of UTF-8, without its CRLF. */
function lineOctets(ics: string): number[] {
  return ics.split('\r\n').map((line) => Buffer.byteLength(line, 'utf8'));
}

describe('calendarIcs', () => {
  it('writes a follow-up as an all-day event and an interview as a timed one, which a real parser reads back', async () => {
    await saveClip(db, posting, posting.url, { now: NOW });
    await setJobDetails(db, 'job:1324373', { followUp: '2026-12-07', notes: 'Ask about the team, the start date; and relocation.' });
    await saveJobEvent(db, 'job:1324373', { id: 'e1', kind: 'phone-screen', at: INTERVIEW, notes: 'Call from the recruiter, 30 min' });
    const ics = calendarIcs(await savedJobs(), NOW);

    expect(ics.startsWith('BEGIN:VCALENDAR\r\nVERSION:2.0\r\n')).toBe(true);
    expect(ics.endsWith('END:VCALENDAR\r\n')).toBe(true);
    const events = parse(ics);
    expect(events).toHaveLength(2);
    const [followUp, interview] = events;
    expect(followUp!.uid).toBe(followUpUid('job:1324373'));
    expect(followUp!.summary).toBe(`Follow up: ${posting.title}`);
    expect(followUp!.startDate.isDate).toBe(true);
    expect(followUp!.startDate.toString()).toBe('2026-12-07');
    expect(followUp!.endDate.toString()).toBe('2026-12-08');
    expect(followUp!.description).toContain('Ask about the team, the start date; and relocation.');
    expect(followUp!.component.getFirstPropertyValue('dtstamp')!.toString()).toBe('2026-12-04T10:00:00Z');

    expect(interview!.uid).toBe(eventUid('job:1324373', 'e1'));
    expect(interview!.summary).toBe(`Phone screen: ${posting.title}`);
    expect(interview!.startDate.isDate).toBe(false);
    expect(interview!.startDate.toJSDate().getTime()).toBe(INTERVIEW);
    expect(interview!.endDate.toJSDate().getTime()).toBe(INTERVIEW + 60 * 60_000);
    expect(interview!.description).toContain('Call from the recruiter, 30 min');
    expect(interview!.component.getFirstPropertyValue('url')).toBe(posting.url);
  });

  it('gives every event the same UID in a file made later, so importing it again updates the events', async () => {
    await saveClip(db, posting, posting.url, { now: NOW });
    await setJobDetails(db, 'job:1324373', { followUp: '2026-12-07' });
    await saveJobEvent(db, 'job:1324373', { id: 'e1', kind: 'onsite', at: INTERVIEW, notes: '' });
    const first = parse(calendarIcs(await savedJobs(), NOW)).map((event) => event.uid);
    await saveJobEvent(db, 'job:1324373', { id: 'e1', kind: 'onsite', at: INTERVIEW + 3_600_000, notes: 'moved an hour' });
    const second = parse(calendarIcs(await savedJobs(), NOW + 86_400_000)).map((event) => event.uid);
    expect(second).toEqual(first);
    expect(new Set(first).size).toBe(2);
  });

  it('leaves out the follow-up of a closed application but keeps its interview events', async () => {
    await saveClip(db, posting, posting.url, { now: NOW });
    await setJobDetails(db, 'job:1324373', { followUp: '2026-12-07' });
    await saveJobEvent(db, 'job:1324373', { id: 'e1', kind: 'offer-call', at: INTERVIEW, notes: '' });
    await setStatus(db, 'job:1324373', 'rejected');
    expect(parse(calendarIcs(await savedJobs(), NOW)).map((event) => event.summary)).toEqual([`Offer call: ${posting.title}`]);
  });

  it('is an empty calendar, still valid, without follow-ups or events', () => {
    const ics = calendarIcs([], NOW);
    expect(parse(ics)).toEqual([]);
    expect(ics).toContain('PRODID:');
  });

  it('keeps any title and note exactly through escaping and folding', async () => {
    await saveClip(db, posting, posting.url, { now: NOW });
    const [job] = await savedJobs();
    const awkward = fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 120 }),
      fc.constantFrom(
        'a,b;c\\d',
        'line one\nline two\r\nline three',
        '\\n is not a newline',
        'é'.repeat(80),
        '😀'.repeat(40),
        'x'.repeat(74) + '€',
      ),
    );
    fc.assert(
      fc.property(awkward, awkward, (title, notes) => {
        const ics = calendarIcs(
          [{ ...job!, title, followUp: '2026-12-07', events: [{ id: 'e1', kind: 'other', at: INTERVIEW, notes }] }],
          NOW,
        );
        expect(Math.max(...lineOctets(ics))).toBeLessThanOrEqual(75);
        // Folding never splits a character: no line ends or starts with half of a surrogate pair.
        expect(ics).not.toMatch(/[\ud800-\udbff](?![\udc00-\udfff])|(?<![\ud800-\udbff])[\udc00-\udfff]/);
        const [followUp, event] = parse(ics);
        const clean = (value: string) => value.replace(/\r\n|\r/g, '\n').replace(/[^\P{Cc}\t\n]/gu, '');
        expect(followUp!.summary).toBe(clean(`Follow up: ${title}`));
        expect(event!.description).toContain(clean(notes).trim());
      }),
      { seed: 13, numRuns: 200 },
    );
  });
});

describe('escapeText and foldLine', () => {
  it('escapes backslash, semicolon, comma and line breaks', () => {
    expect(escapeText('a\\b;c,d\ne\r\nf')).toBe('a\\\\b\\;c\\,d\\ne\\nf');
  });

  it('folds at 75 octets of UTF-8 without splitting a character', () => {
    const folded = foldLine(`SUMMARY:${'€'.repeat(40)}`);
    const lines = folded.split('\r\n');
    expect(lines.every((line) => Buffer.byteLength(line) <= 75)).toBe(true);
    expect(lines.slice(1).every((line) => line.startsWith(' '))).toBe(true);
    expect(lines.map((line, i) => (i === 0 ? line : line.slice(1))).join('')).toBe(`SUMMARY:${'€'.repeat(40)}`);
    // 8 octets of name, then 22 three-octet characters (66 octets) fill the first line to 74: the next does not fit.
    expect(Buffer.byteLength(lines[0]!)).toBe(74);
    expect(foldLine('SHORT:line')).toBe('SHORT:line');
  });
});
