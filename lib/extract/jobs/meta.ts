// The short metadata around a posting, on cards and posting pages alike, in any of the forms and
// languages amazon.jobs and amazon.science print it:
// "US, WA, Seattle | Job ID: 123", "Job ID: 1324373 | Amazon Development Center DEU",
// "Posted November 23, 2020", "Location: IL, Tel Aviv", "Publié le 12 février 2026", and the same
// facts as label and value on two lines (<dt>Job ID</dt><dd>123</dd>) or in a table's columns.
import type { Location } from '../../types';
import type { Line } from './sections';
import { isBareDate, parseListingDate } from './dates';
import { isLocationText, parseLocation } from './locations';
import { isPayText } from './pay';
import { ID_LABEL_SOURCE } from './posting-landmarks';
import { cleanText, cleansLongerThan } from '../text';
import { anyCase, type AnyCasePattern } from '../any-case';

export type FieldKind = 'location' | 'posted' | 'updated' | 'jobId' | 'company';

/** "Posted", "Veröffentlicht am", "Publiée le", "掲載日": what a posting's date follows. */
const POSTED_WORDS = String.raw`(?:date\s+)?posted(?:\s+on)?|posting date|ver[öo]ffentlicht(?:\s+am)?|ver[öo]ffentlichungsdatum|publi[ée]e?(?:\s+le)?|date de publication|publicado(?:\s+(?:el|em))?|fecha de publicaci[oó]n|pubblicato(?:\s+il)?|data di pubblicazione|data de publica[cç][aã]o|geplaatst(?:\s+op)?|opublikowano|yay[ıi]nlanma tarihi|掲載日|投稿日|公開日|发布日期|發佈日期|發布日期|게시일|등록일`;
/** "Updated", "Mis à jour le": a date that is not the posting's. */
const UPDATED_WORDS = String.raw`(?:last\s+)?updated(?:\s+on)?|aktualisiert(?:\s+am)?|mis [àa] jour(?:\s+le)?|actualizado(?:\s+el)?|aggiornato(?:\s+il)?|atualizado(?:\s+em)?|bijgewerkt|更新日|更新日期|업데이트`;
/** A bare "Date" label: a listing's date, though only as a label or a column's header. */
const DATE_WORDS = String.raw`date|datum|fecha|data|日付`;

/** Labels of listing metadata, in the languages of amazon.jobs' locales; each matches a whole label. */
const FIELD_LABELS: [FieldKind, AnyCasePattern][] = (
  [
    [
      'location',
      String.raw`(?:job\s+)?locations?|standorte?|arbeitsort|lieux?|lieu de travail|emplacements?|localisation|ubicaci[oó]n(?:es)?|localizaci[oó]n|sede|localit[aà]|localiza[cç][aã]o|locatie|locaties|standplaats|lokalizacja|konum|勤務地|场所|地点|工作地点|地點|근무지|위치`,
    ],
    ['posted', `${POSTED_WORDS}|${DATE_WORDS}`],
    ['updated', UPDATED_WORDS],
    [
      'jobId',
      String.raw`(?:job|req(?:uisition)?|posting)[- ]?(?:id|number|no\.?|#)|id|stellen-?id|id (?:de l['’]offre(?: d['’]emploi)?|du poste|de empleo|del puesto|dell['’]offerta|da vaga|do emprego)|求人id|求人番号|职位id|职位编号|職位編號|채용 ?id`,
    ],
    [
      'company',
      String.raw`company|legal entity|employer|hiring entity|unternehmen|arbeitgeber|entreprise|soci[ée]t[ée]|empresa|azienda|societ[àa]|bedrijf|firma|会社|会社名|公司|회사`,
    ],
  ] as const
).map(([kind, source]) => [kind, anyCase(`^(?:${source})$`)]);

/** The longest label a line can be. */
const MAX_LABEL = 40;

/** A whole line that is only a label ("Location", "Date posted:", "ID de l'offre :"): its kind. */
export function fieldLabel(text: string): FieldKind | null {
  // The colon and the space before it come off after cleaning: two characters more to allow.
  if (cleansLongerThan(text, MAX_LABEL + 2)) return null;
  const label = cleanText(text).replace(/\s*[:：]$/, '');
  if (!label || label.length > MAX_LABEL) return null;
  return FIELD_LABELS.find(([, re]) => re.test(label))?.[0] ?? null;
}

const INLINE_FIELD = new RegExp(String.raw`^([^:：|]{1,${MAX_LABEL}}?)\s*(?:[:：]|\s[-–—]\s)\s*(.+)$`, 'u');

/** "Label: value" or "Label - value" on one line: the kind and the value. */
export function inlineField(text: string): { kind: FieldKind; value: string } | null {
  const m = INLINE_FIELD.exec(cleanText(text));
  if (!m) return null;
  const kind = fieldLabel(m[1]!);
  return kind ? { kind, value: m[2]! } : null;
}

/** "Posted November 23, 2020", "Publié le 12 février 2026": the label and date with no colon. */
const POSTED_PREFIX = anyCase(`^(?:${POSTED_WORDS})`);
const UPDATED_PREFIX = anyCase(`^(?:${UPDATED_WORDS})`);
const META_CHUNK = /^(?:job[- ]?id\b|posted\b|updated\b|date posted\b|req(?:uisition)?\b.*\d)/i;
const LOCATION_LABEL = /^(?:job\s+)?locations?\s*:?\s*/i;
/** "Job ID: 1324373 | Amazon Development Center DEU" (localised pages write "Job-ID"): the id and the legal entity. */
const JOB_ID = /\bJob[- ]?ID\s*:?\s*(\d+)\b(?:\s*\|\s*([^|·•]+?)(?=\s+(?:Posted|Updated)\b|\s*[|·•]|\s*$))?/i;
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
  return META_CHUNK.test(text) || postedDate(text) !== null || fieldLabel(text) !== null || inlineField(text) !== null;
}

/** Whether a line is a "Location" label with nothing after it. */
export function isLocationLabel(text: string): boolean {
  return fieldLabel(text) === 'location';
}

/** The locations of a line made only of locations and metadata; null for any other line. */
export function locationsInLine(text: string): Location[] | null {
  // The legal entity after "Job ID: N |" is metadata too, though it is no metadata word.
  const parts = chunks(text.replace(LOCATION_LABEL, '').replace(JOB_ID, ' | Job ID | '));
  if (parts.length === 0 || !parts.some(isLocationText) || !parts.every((p) => isLocationText(p) || isMetaChunk(p))) return null;
  return parts.filter(isLocationText).map(parseLocation);
}

/** Whether a text is listing metadata (locations, job id, a date, a label, pay) rather than prose. */
export function isMetaLine(text: string): boolean {
  if (fieldLabel(text) !== null || locationsInLine(text) !== null) return true;
  // Ids, dates and pay all hold digits; most lines of prose are ruled out here.
  if (!/\d/.test(text)) return false;
  return JOB_ID.test(text) || parsePosted(text) !== null || isUpdatedLine(text) || isBareDate(text) || isPayText(text);
}

/** The labels a job id follows on one line, in amazon.jobs' locales ("Job ID", "ID de l'offre", "求人ID"). */
const ID_LABEL = new RegExp(`(?:${ID_LABEL_SOURCE})\\s*$`, 'i');

/**
 * The legal entity after the id of job `jobId` on its id line ("Job ID: N | Entity", any label
 * ending in "ID"); undefined when the line is not that job's id line.
 */
export function jobIdLine(text: string, jobId: string): { company: string | null } | undefined {
  // Cheap test first: it runs on every line of every card.
  if (!text.includes(jobId)) return undefined;
  const match = JOB_ID.exec(text);
  if (match && match[1] === jobId) return { company: entity(match[2]) };
  const at = new RegExp(`(?:^|[\\s|·(])([^|·\\d]{0,40}?)\\s*[:：#]?\\s*${jobId}(?!\\d)(?:\\s*[|·]\\s*([^|·]+))?`).exec(cleanText(text));
  if (!at || !(ID_LABEL.test(cleanText(at[1])) || fieldLabel(at[1] ?? '') === 'jobId')) return undefined;
  return { company: entity(at[2]) };
}

function entity(text: string | undefined): string | null {
  const value = cleanText(text);
  return value && !isMetaChunk(value) && !isLocationText(value) ? value : null;
}

/** The date after a label at the start of `part` ("Posted March 5, 2026", "Updated: 1 Oct 2026"). */
function datedBy(prefix: AnyCasePattern, part: string): string | null {
  const label = prefix.exec(part);
  if (!label) return null;
  return parseListingDate(part.slice(label[0].length).replace(/^\s*[:：]?\s*/, ''));
}

function postedDate(part: string): string | null {
  return datedBy(POSTED_PREFIX, part);
}

/** Whether a line is an "Updated …" date: listing metadata, never the posted date. */
export function isUpdatedLine(text: string): boolean {
  return chunks(text).some((part) => datedBy(UPDATED_PREFIX, part) !== null);
}

/** The date of a "Posted November 23, 2020" part of a line, as YYYY-MM-DD. */
export function parsePosted(text: string): string | null {
  for (const part of chunks(text)) {
    const date = postedDate(part);
    if (date) return date;
  }
  return null;
}

/** A "Posted" or "Date posted" label with its date on the next line. */
export function isPostedLabel(text: string): boolean {
  return fieldLabel(text) === 'posted';
}

export interface Field {
  kind: FieldKind;
  value: string;
  /** The line that states it (the label's), when it comes from lines. */
  line?: Line;
}

/**
 * What lines state as label and value: a label line and the line after it (<dt>/<dd>, a label
 * <div> above its value), "Label: value" on one line, and a label <span> beside its value. A line
 * that is all link is never a label.
 * `used` collects the lines that were labels or values.
 */
export function lineFields(lines: Line[], used: Set<Line>): Field[] {
  const fields: Field[] = [];
  lines.forEach((line, i) => {
    // A link named "Locations" is a menu entry, not a label: what follows it is the next entry.
    if (line.link) return;
    const next = lines[i + 1];
    const kind = fieldLabel(line.text);
    if (kind && next) {
      fields.push({ kind, value: next.text, line });
      used.add(line).add(next);
      return;
    }
    const inline = inlineField(line.text);
    if (inline) {
      fields.push({ ...inline, line });
      used.add(line);
      return;
    }
    line.segments.forEach((segment, j) => {
      const segmentKind = fieldLabel(segment);
      const value = line.segments[j + 1];
      if (segmentKind && value) fields.push({ kind: segmentKind, value, line });
    });
  });
  return fields;
}
