// The short metadata lines around a posting, on cards and posting pages alike:
// "US, WA, Seattle | Job ID: 123", "Job ID: 1324373 | Amazon Development Center DEU",
// "Posted November 23, 2020", "Location: IL, Tel Aviv".
import type { Location } from '../../types';
import { isLocationText, parseLocation } from './locations';
import { cleanText, parseDate } from '../text';

/** "Job ID: 1324373 | Amazon Development Center DEU" (localised pages write "Job-ID"): the id and the legal entity. */
const JOB_ID = /\bJob[- ]?ID\s*:?\s*(\d+)\b(?:\s*\|\s*([^|]+?)(?=\s+(?:Posted|Updated)\b|\s*\||\s*$))?/i;
const POSTED = /^(?:date\s+)?posted(?:\s+on)?\s*:?\s*(.*)$/i;
const META_CHUNK = /^(?:job[- ]?id\b|posted\b|updated\b|date posted\b|req(?:uisition)?\b.*\d)/i;
const LOCATION_LABEL = /^(?:job\s+)?locations?\s*:?\s*/i;
/** Separators between a line's parts; metadata labels also start a part when inline elements run together. */
const SEPARATORS = /\s*(?:[|·•]|\s[–—]\s)\s*|\s+(?=(?:Job[- ]?ID|Posted|Updated)\b)/i;

/** A short line's "|", "·" or dash-separated parts. A hyphen is not a separator: "Bangalore - Virtual". */
export function chunks(text: string): string[] {
  return text
    .split(SEPARATORS)
    .map((p) => cleanText(p).replace(/^[-–—:,]+\s*|\s*[-–—:,]+$/g, ''))
    .filter(Boolean);
}

export function isMetaChunk(text: string): boolean {
  return META_CHUNK.test(text) || POSTED.test(text);
}

/** Whether a line is a "Location" label with nothing after it. */
export function isLocationLabel(text: string): boolean {
  return LOCATION_LABEL.test(text) && !text.replace(LOCATION_LABEL, '').trim();
}

/** The locations of a line made only of locations and metadata; null for any other line. */
export function locationsInLine(text: string): Location[] | null {
  // The legal entity after "Job ID: N |" is metadata too, though it is no metadata word.
  const parts = chunks(text.replace(LOCATION_LABEL, '').replace(JOB_ID, ' | Job ID | '));
  if (parts.length === 0 || !parts.some(isLocationText) || !parts.every((p) => isLocationText(p) || isMetaChunk(p))) return null;
  return parts.filter(isLocationText).map(parseLocation);
}

/** Whether a line is listing metadata (locations, job id, posted date) rather than prose. */
export function isMetaLine(text: string): boolean {
  return JOB_ID.test(text) || parsePosted(text) !== null || locationsInLine(text) !== null;
}

/** The legal entity after "Job ID: N |" for job `jobId`: undefined when the line is not its id line. */
export function jobIdLine(text: string, jobId: string): { company: string | null } | undefined {
  const match = JOB_ID.exec(text);
  if (!match || match[1] !== jobId) return undefined;
  const entity = cleanText(match[2]);
  const company = entity && !isMetaChunk(entity) && !isLocationText(entity) ? entity : null;
  return { company };
}

/** The date of a "Posted November 23, 2020" part of a line, as YYYY-MM-DD. */
export function parsePosted(text: string): string | null {
  for (const part of chunks(text)) {
    const match = POSTED.exec(part);
    const date = match ? parseDate(match[1]) : null;
    if (date) return date;
  }
  return null;
}

/** A "Posted" or "Date posted" label with its date on the next line. */
export function isPostedLabel(text: string): boolean {
  return /^(?:date\s+)?posted(?:\s+on)?\s*:?$/i.test(cleanText(text));
}
