// Wall-clock times in an IANA time zone as instants, computed with Intl so that the result does
// not depend on the zone of the process (tests pin one) and stays right across DST changes.

const formats = new Map<string, Intl.DateTimeFormat>();

function formatIn(timeZone: string): Intl.DateTimeFormat {
  let format = formats.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: 'numeric',
      day: 'numeric',
      hour: 'numeric',
      minute: 'numeric',
      second: 'numeric',
    });
    formats.set(timeZone, format);
  }
  return format;
}

/** The wall-clock time of `instant` in `timeZone`, written as if it were UTC (epoch ms). */
function wallClock(instant: number, timeZone: string): number {
  const parts = Object.fromEntries(
    formatIn(timeZone)
      .formatToParts(instant)
      .map((part) => [part.type, Number(part.value)]),
  );
  return Date.UTC(parts.year!, parts.month! - 1, parts.day!, parts.hour!, parts.minute!, parts.second!);
}

const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The instant the clocks of `timeZone` show `time` (`HH:MM`) on `day` (`YYYY-MM-DD`). A time the
 * clocks skip (the hour lost when DST starts) is taken as the same time after the jump (02:30
 * becomes 03:30); a time they show twice (when DST ends) is the first of the two.
 */
export function zonedInstant(day: string, time: string, timeZone: string): number {
  const [year, month, date] = day.split('-').map(Number);
  const [hour, minute] = time.split(':').map(Number);
  const wanted = Date.UTC(year!, month! - 1, date!, hour!, minute!);
  // The zone's offsets a day either side: any one transition near `wanted` lies between them.
  const offsetBefore = wallClock(wanted - DAY_MS, timeZone) - (wanted - DAY_MS);
  const offsetAfter = wallClock(wanted + DAY_MS, timeZone) - (wanted + DAY_MS);
  const candidates = [wanted - offsetBefore, wanted - offsetAfter].filter((instant) => wallClock(instant, timeZone) === wanted);
  return candidates.length > 0 ? Math.min(...candidates) : wanted - offsetBefore;
}

/** The calendar day (`YYYY-MM-DD`) of `instant` in `timeZone`. */
export function zonedDay(instant: number, timeZone: string): string {
  return new Date(wallClock(instant, timeZone)).toISOString().slice(0, 10);
}
