import type { JobItem } from '../db/schema';
import { eventsOf, JOB_EVENT_LABELS, type JobEvent } from '../job-events';
import { isClosedStatus } from '../ui/jobs';

// Follow-ups and interview events as an iCalendar file (RFC 5545), written here: the format is
// small and a library would bring a parser we do not need. Interview times are written in UTC
// (`…Z`), which every calendar shows in its user's zone, so the file needs no VTIMEZONE; a
// follow-up is a day, not a time, so it is an all-day event (a DATE, the same day everywhere).
// Each event's UID comes from the item id and the event id, so importing a newer file updates the
// events an older one created instead of adding them again.

const PRODUCT_ID = '-//Science Clipper//Jobs calendar//EN';
const UID_DOMAIN = 'science-clipper';
/** Interview events store only their start; calendars get them as an hour long. */
export const EVENT_MINUTES = 60;
/** RFC 5545 §3.1: lines longer than 75 octets (without the line break) are folded. */
const MAX_LINE_OCTETS = 75;
const CRLF = '\r\n';

/** A TEXT value (RFC 5545 §3.3.11): backslash, semicolon, comma and line breaks escaped; other control characters but tab dropped. */
export function escapeText(value: string): string {
  return value
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    .replace(/[^\P{Cc}\t]/gu, '');
}

function utf8Length(codePoint: number): number {
  return codePoint < 0x80 ? 1 : codePoint < 0x800 ? 2 : codePoint < 0x10000 ? 3 : 4;
}

/**
 * One content line folded at 75 octets of UTF-8: continuation lines begin with a space (which
 * counts towards their 75), and a character is never split between two lines.
 */
export function foldLine(line: string): string {
  const lines: string[] = [];
  let current = '';
  let octets = 0;
  for (const char of line) {
    const size = utf8Length(char.codePointAt(0)!);
    if (octets + size > MAX_LINE_OCTETS) {
      lines.push(current);
      current = ' ';
      octets = 1;
    }
    current += char;
    octets += size;
  }
  lines.push(current);
  return lines.join(CRLF);
}

/** `20261204T083000Z` */
function utcDateTime(ms: number): string {
  return new Date(ms)
    .toISOString()
    .replace(/[-:]/g, '')
    .replace(/\.\d{3}/, '');
}

/** `2026-12-04` → `20261204` */
function dateValue(day: string): string {
  return day.replace(/-/g, '');
}

function nextDay(day: string): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + 1);
  return date.toISOString().slice(0, 10);
}

/** A URI value may hold no line break or space: the address as the URL parser writes it. */
function uriValue(url: string): string | null {
  try {
    return new URL(url).href;
  } catch {
    return null;
  }
}

export function followUpUid(itemId: string): string {
  return `${itemId}.follow-up@${UID_DOMAIN}`;
}

export function eventUid(itemId: string, eventId: string): string {
  return `${itemId}.event.${eventId}@${UID_DOMAIN}`;
}

function jobDescription(job: JobItem, notes: string): string {
  const where = [job.clip.company, ...job.clip.locations.map((location) => location.raw)].filter(Boolean).join(' · ');
  return [where, notes.trim(), job.clip.url].filter(Boolean).join('\n\n');
}

function vevent(job: JobItem, uid: string, timing: string[], summary: string, notes: string, stamp: string): string[] {
  const url = uriValue(job.clip.url);
  return [
    'BEGIN:VEVENT',
    `UID:${escapeText(uid)}`,
    `DTSTAMP:${stamp}`,
    ...timing,
    `SUMMARY:${escapeText(summary)}`,
    `DESCRIPTION:${escapeText(jobDescription(job, notes))}`,
    ...(url ? [`URL:${url}`] : []),
    'END:VEVENT',
  ];
}

function followUpEvent(job: JobItem, day: string, stamp: string): string[] {
  // An all-day reminder: shown on the day without blocking any time in it.
  const timing = [`DTSTART;VALUE=DATE:${dateValue(day)}`, `DTEND;VALUE=DATE:${dateValue(nextDay(day))}`, 'TRANSP:TRANSPARENT'];
  return vevent(job, followUpUid(job.id), timing, `Follow up: ${job.title}`, job.notes, stamp);
}

function interviewEvent(job: JobItem, event: JobEvent, stamp: string): string[] {
  const timing = [`DTSTART:${utcDateTime(event.at)}`, `DTEND:${utcDateTime(event.at + EVENT_MINUTES * 60_000)}`];
  return vevent(job, eventUid(job.id, event.id), timing, `${JOB_EVENT_LABELS[event.kind]}: ${job.title}`, event.notes, stamp);
}

/**
 * The calendar of `jobs`: one all-day event for the follow-up of each open application (a
 * closed one has nothing left to follow up) and one event for every interview event of any job.
 */
export function calendarIcs(jobs: readonly JobItem[], now = Date.now()): string {
  const stamp = utcDateTime(now);
  const events = jobs.flatMap((job) => [
    ...(job.followUp !== null && !isClosedStatus(job.status) ? [followUpEvent(job, job.followUp, stamp)] : []),
    ...eventsOf(job).map((event) => interviewEvent(job, event, stamp)),
  ]);
  const lines = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    `PRODID:${PRODUCT_ID}`,
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    ...events.flat(),
    'END:VCALENDAR',
  ];
  return lines.map(foldLine).join(CRLF) + CRLF;
}
